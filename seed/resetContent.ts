import type { Payload } from 'payload'

/** Collections that hold content; users and their accounts are never touched by a reset. */
export const CONTENT_COLLECTIONS = ['issues', 'articles', 'events', 'reference-groups', 'members', 'media'] as const

/**
 * Deletes all content (with its versions and uploaded files) for `npm run seed -- --reset`.
 * The in-use guards would refuse half of these deletes one by one; a reset removes everything
 * together, so it says so through the request context.
 */
export async function resetContent(payload: Payload): Promise<void> {
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
}

export async function isContentEmpty(payload: Payload): Promise<boolean> {
  for (const collection of CONTENT_COLLECTIONS) {
    if ((await payload.count({ collection, overrideAccess: true })).totalDocs > 0) return false
  }
  return true
}
