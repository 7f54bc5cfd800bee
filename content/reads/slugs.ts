import type { Payload } from 'payload'

import { cacheTags } from '@/lib/cacheTags'
import { KIND_OF_COLLECTION, type PageCollection } from '@/lib/routes'
import { SLUG_PATTERN } from '@/lib/slugify'

import { cachedForPublic } from './cached'
import { PUBLIC_READER, type Reader } from './reader'

const DATE_SLUG = /^\d{4}-\d{2}-\d{2}$/

/** The slugs of every published document of a collection: one remembered read per collection, expired with it. */
const publishedSlugs = Object.fromEntries(
  (Object.keys(KIND_OF_COLLECTION) as PageCollection[]).map((collection) => [
    collection,
    cachedForPublic(`published-slugs:${collection}`, [cacheTags.collection(collection)], async (payload, reader): Promise<Set<string>> => {
      const { docs } = await payload.find({ collection, pagination: false, depth: 0, select: { slug: true }, user: reader.user, overrideAccess: false })
      return new Set(docs.flatMap((doc) => (typeof doc.slug === 'string' && doc.slug ? [doc.slug] : [])))
    }),
  ]),
) as Record<PageCollection, (payload: Payload, reader: Reader) => Promise<Set<string>>>

/**
 * Whether a published document has this slug: the gate before a page is made or kept, so a
 * made-up address is answered with a 404 that leaves nothing in any cache.
 */
export async function isPublishedSlug(payload: Payload, collection: PageCollection, slug: string): Promise<boolean> {
  if (!SLUG_PATTERN.test(slug) && !DATE_SLUG.test(slug)) return false
  return (await publishedSlugs[collection](payload, PUBLIC_READER)).has(slug)
}
