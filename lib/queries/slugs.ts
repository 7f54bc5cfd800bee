import { unstable_cache } from 'next/cache'

import { cacheTags } from '@/lib/cacheTags'
import { KIND_OF_COLLECTION, type PageCollection } from '@/lib/routes'
import { SLUG_PATTERN } from '@/lib/slugify'

import { payloadClient } from './payload'

/** The slugs of every published document of a collection: one cached entry per collection. */
const listPublishedSlugs = Object.fromEntries(
  (Object.keys(KIND_OF_COLLECTION) as PageCollection[]).map((collection) => [
    collection,
    unstable_cache(
      async (): Promise<string[]> => {
        const payload = await payloadClient()
        const { docs } = await payload.find({ collection, pagination: false, depth: 0, select: { slug: true }, overrideAccess: false })
        return docs.flatMap((doc) => (typeof doc.slug === 'string' && doc.slug ? [doc.slug] : []))
      },
      ['published-slugs', collection],
      { tags: [cacheTags.collection(collection)] },
    ),
  ]),
) as Record<PageCollection, () => Promise<string[]>>

/**
 * Kept for a second in this process on top of Next's data cache (which publishing expires), so an
 * archive of thousands of articles is not parsed again for every request; and kept on when it
 * cannot be read anew (a database outage), so cached pages go on being served.
 */
const REMEMBER_MS = 1000
const remembered = new Map<PageCollection, { at: number; slugs: Set<string> }>()

async function publishedSlugs(collection: PageCollection): Promise<Set<string>> {
  const entry = remembered.get(collection)
  if (entry && Date.now() - entry.at < REMEMBER_MS) return entry.slugs
  try {
    const slugs = new Set(await listPublishedSlugs[collection]())
    remembered.set(collection, { at: Date.now(), slugs })
    return slugs
  } catch (error) {
    if (entry) return entry.slugs
    throw error
  }
}

/**
 * Whether a published document has this slug: the gate before a page is made or cached, so a
 * made-up address is answered with a 404 that costs no query and leaves nothing in any cache.
 */
export async function isPublishedSlug(collection: PageCollection, slug: string): Promise<boolean> {
  if (!SLUG_PATTERN.test(slug) && !/^\d{4}-\d{2}-\d{2}$/.test(slug)) return false
  return (await publishedSlugs(collection)).has(slug)
}
