import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'

import { cacheTags, type TaggedCollection } from '@/lib/cacheTags'

import { expire } from './expire'
import { isPublicChange, rememberMainRow } from './isPublicChange'

type Doc = { id: number | string; slug?: string | null; _status?: 'draft' | 'published' | null }

/**
 * Hooks that expire the collection's tag (every page that shows such a document) and the
 * document's own paths, old and new slug alike, whenever readers' view of it changes.
 */
export function revalidationHooks(collection: TaggedCollection, pathsOf: (slug: string) => string[] = () => []) {
  const paths = (...docs: (Doc | undefined)[]) => docs.flatMap((d) => (d?.slug ? pathsOf(d.slug) : []))

  const beforeChange: CollectionBeforeChangeHook<Doc> = async ({ data, operation, originalDoc, req }) => {
    if (operation === 'update') await rememberMainRow(collection, originalDoc?.id, req)
    return data
  }

  const afterChange: CollectionAfterChangeHook<Doc> = async ({ doc, previousDoc, req }) => {
    if (await isPublicChange(collection, doc, req)) {
      expire({ tags: [cacheTags.collection(collection)], paths: paths(doc, previousDoc) }, req)
    }
    return doc
  }

  const afterDelete: CollectionAfterDeleteHook<Doc> = ({ doc, req }) => {
    expire({ tags: [cacheTags.collection(collection)], paths: paths(doc) }, req)
    return doc
  }

  return { beforeChange, afterChange, afterDelete }
}
