import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { groupsUsing, issuesUsing, quoteList } from '@/lib/content/usage'

/** An event that an issue carries, or that is a group's next meeting, is unlinked first. */
export const preventDeletingEventInUse: CollectionBeforeDeleteHook = async ({ req, id, context }) => {
  if (context.allowDeletingInUse) return
  const users = [...(await issuesUsing(req, 'event', id)), ...(await groupsUsing(req, { nextMeeting: { equals: id } }))]
  if (users.length > 0) {
    throw new APIError(
      `Evenemanget kan inte tas bort eftersom det används i ${quoteList(users)}. Ta först bort det därifrån.`,
      409,
      null,
      true,
    )
  }
}
