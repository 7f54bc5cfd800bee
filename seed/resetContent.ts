import type { Payload } from 'payload'

import { recordExpiryOfEverything } from '@/lib/cache/expiryLog'

/** Collections that hold content; users and their accounts are never touched by a reset. */
export const CONTENT_COLLECTIONS = ['issues', 'articles', 'events', 'reference-groups', 'members', 'media'] as const

/**
 * Deletes all content (with its versions and uploaded files) for `npm run seed -- --reset`.
 * The in-use guards would refuse half of these deletes one by one; a reset removes everything
 * together, so it says so through the request context. Subscribers and lists are kept: they
 * are people's consent, not content.
 */
export async function resetContent(payload: Payload): Promise<void> {
  // The record of what was sent goes with the issues it records: a reset starts from nothing.
  // No door deletes these; the reset goes under the doors.
  for (const collection of ['deliveries', 'sendings', 'issue-snapshots'] as const) {
    await payload.db.deleteMany({ collection, where: { id: { exists: true } } })
  }
  for (const collection of CONTENT_COLLECTIONS) {
    await payload.delete({
      collection,
      where: { id: { exists: true } },
      overrideAccess: true,
      context: { allowDeletingInUse: true },
    })
  }
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { distributionNote: null, contactName: null, contactEmail: null, unsubscribeUrl: null, privacyUrl: null },
    overrideAccess: true,
  })
  // The record of what was sent went under the doors, without hooks: readers' caches forget everything.
  await recordExpiryOfEverything(payload)
}

export async function isContentEmpty(payload: Payload): Promise<boolean> {
  for (const collection of CONTENT_COLLECTIONS) {
    if ((await payload.count({ collection, overrideAccess: true })).totalDocs > 0) return false
  }
  return true
}
