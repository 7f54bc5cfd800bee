import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'

import { cacheTags, type TaggedCollection } from '@/lib/cacheTags'

import { expire } from './expire'
import { isPublicChange, rememberMainRow } from './isPublicChange'

type Doc = { id: number | string; _status?: 'draft' | 'published' | null }

/**
 * Hooks that expire the collection's tag — every page and read that shows such a document —
 * whenever readers' view of it changes (a draft autosave does not).
 */
export function revalidationHooks(collection: TaggedCollection) {
  const beforeChange: CollectionBeforeChangeHook<Doc> = async ({ data, operation, originalDoc, req }) => {
    if (operation === 'update') await rememberMainRow(collection, originalDoc?.id, req)
    return data
  }

  const afterChange: CollectionAfterChangeHook<Doc> = async ({ doc, req }) => {
    if (await isPublicChange(collection, doc, req)) await expire(req.payload, [cacheTags.collection(collection)], req)
    return doc
  }

  const afterDelete: CollectionAfterDeleteHook<Doc> = async ({ doc, req }) => {
    await expire(req.payload, [cacheTags.collection(collection)], req)
    return doc
  }

  return { beforeChange, afterChange, afterDelete }
}
