import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug } from 'payload'

import { quoteList, titlesReferring } from '@/content/usage'

/** Which documents may point at one of this collection: the collection and the paths of the relation. */
export type Referrers = [collection: CollectionSlug, paths: string[]][]

/**
 * A document that something still points at is unlinked first, never deleted silently: the
 * delete is refused (409) with a message naming what uses it. `npm run seed -- --reset` removes
 * everything together and says so with `context.allowDeletingInUse`.
 */
export function preventDeletingInUse(referrers: Referrers, message: (users: string) => string): CollectionBeforeDeleteHook {
  return async ({ req, id, context }) => {
    if (context.allowDeletingInUse) return
    const users = (await Promise.all(referrers.map(([collection, paths]) => titlesReferring(req, collection, paths, id)))).flat()
    if (users.length > 0) throw new APIError(message(quoteList(users)), 409, null, true)
  }
}
