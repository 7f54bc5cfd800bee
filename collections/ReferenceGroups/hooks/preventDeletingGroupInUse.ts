import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { quoteList } from '@/lib/content/usage'

/** A group that an article shows, or whose meeting an event is, is unlinked first. */
export const preventDeletingGroupInUse: CollectionBeforeDeleteHook = async ({ req, id, context }) => {
  if (context.allowDeletingInUse) return
  const query = { where: { referenceGroup: { equals: id } }, depth: 0, pagination: false, overrideAccess: true, draft: true, req } as const
  const articles = await req.payload.find({ collection: 'articles', select: { title: true }, ...query })
  const events = await req.payload.find({ collection: 'events', select: { title: true }, ...query })
  const users = [...articles.docs, ...events.docs].map((doc) => doc.title)
  if (users.length > 0) {
    throw new APIError(
      `Referensgruppen kan inte tas bort eftersom den används i ${quoteList(users)}. Ta först bort kopplingen där.`,
      409,
      null,
      true,
    )
  }
}
