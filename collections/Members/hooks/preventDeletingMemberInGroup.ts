import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { groupsUsing, quoteList } from '@/lib/content/usage'

/** A person who sits in a reference group is taken out of the group first, never silently. */
export const preventDeletingMemberInGroup: CollectionBeforeDeleteHook = async ({ req, id, context }) => {
  if (context.allowDeletingInUse) return
  const groups = await groupsUsing(req, { 'memberships.member': { equals: id } })
  if (groups.length > 0) {
    throw new APIError(
      `Personen kan inte tas bort eftersom hen ingår i ${quoteList(groups)}. Ta först bort personen ur gruppen.`,
      409,
      null,
      true,
    )
  }
}
