import type { CollectionSlug, PayloadRequest } from 'payload'

type Versioned = { id: number | string; _status?: 'draft' | 'published' | null }

/**
 * Whether a save changed what readers can see. Saving a draft of a published document (autosave
 * does it every few seconds) leaves the published version — the main row — as it was, and must
 * not expire any page; publishing, unpublishing and any save of a collection without drafts do.
 */
export async function isPublicChange(
  collection: CollectionSlug,
  doc: Versioned,
  previousDoc: Versioned | undefined,
  req: PayloadRequest,
): Promise<boolean> {
  if (doc._status === undefined) return true
  if (doc._status === 'published') return true
  if (previousDoc?._status !== 'published') return false
  // A draft now, published before: either an unpublish (the main row is a draft now) or a
  // draft saved on top of the published version (the main row is still published).
  const main = await req.payload.db.findOne<Versioned>({ collection, where: { id: { equals: doc.id } }, req })
  return main?._status !== 'published'
}
