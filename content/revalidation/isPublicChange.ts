import type { CollectionSlug, PayloadRequest, RequestContext } from 'payload'

type Versioned = { id: number | string; _status?: 'draft' | 'published' | null }

/** The main row of a document: what readers see while it is published (drafts live in versions). */
type MainRow = { status: string | null; updatedAt: string | null } | null

async function readMainRow(collection: CollectionSlug, id: number | string, req: PayloadRequest): Promise<MainRow> {
  const row = await req.payload.db.findOne<{ id: number | string; _status?: string | null; updatedAt?: string | null }>({ collection, where: { id: { equals: id } }, req })
  return row ? { status: row._status ?? null, updatedAt: row.updatedAt ?? null } : null
}

const contextKey = (collection: CollectionSlug, id: number | string) => `mainRowBefore:${collection}:${id}`

/** Before a save: the main row as it was, for isPublicChange to compare with after it. */
export async function rememberMainRow(collection: CollectionSlug, id: number | string | undefined, req: PayloadRequest): Promise<void> {
  if (id === undefined) return
  ;(req.context as RequestContext & Record<string, MainRow>)[contextKey(collection, id)] = await readMainRow(collection, id, req)
}

/**
 * Whether a save changed what readers can see. A save of a collection without drafts always does.
 * With drafts, readers see the main row only while it is published: the save is public when it
 * rewrote the main row (publishing, unpublishing, publishing changes) and the row was or is
 * published. Saving a draft on top of a published document (autosave does it every few seconds)
 * leaves the main row untouched, and expires nothing — whatever draft came before.
 */
export async function isPublicChange(collection: CollectionSlug, doc: Versioned, req: PayloadRequest): Promise<boolean> {
  if (doc._status === undefined) return true
  const before = (req.context as RequestContext & Record<string, MainRow | undefined>)[contextKey(collection, doc.id)] ?? null
  const after = await readMainRow(collection, doc.id, req)
  if (!after) return before?.status === 'published'
  const rewritten = before === null || before.updatedAt !== after.updatedAt || before.status !== after.status
  return rewritten && (before?.status === 'published' || after.status === 'published')
}
