import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { cacheTags, type TaggedCollection } from '@/lib/cacheTags'

import { expire } from './expire'
import { isPublicChange } from './isPublicChange'

type Doc = { id: number | string; slug?: string | null; _status?: 'draft' | 'published' | null }

/**
 * After-change and after-delete hooks that expire the collection's tag (every page that shows
 * such a document) and the document's own paths, old and new slug alike.
 */
export function revalidationHooks(collection: TaggedCollection, pathsOf: (slug: string) => string[] = () => []) {
  const paths = (...docs: (Doc | undefined)[]) => docs.flatMap((d) => (d?.slug ? pathsOf(d.slug) : []))

  const afterChange: CollectionAfterChangeHook<Doc> = async ({ doc, previousDoc, req }) => {
    if (await isPublicChange(collection, doc, previousDoc, req)) {
      expire({ tags: [cacheTags.collection(collection)], paths: paths(doc, previousDoc) }, req)
    }
    return doc
  }

  const afterDelete: CollectionAfterDeleteHook<Doc> = ({ doc, req }) => {
    expire({ tags: [cacheTags.collection(collection)], paths: paths(doc) }, req)
    return doc
  }

  return { afterChange, afterDelete }
}
