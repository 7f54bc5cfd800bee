import type { CollectionBeforeDeleteHook, CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { previewFor } from '@/fields/livePreview'
import { draftsWithHistory } from '@/fields/versioning'
import type { TaggedCollection } from '@/lib/cacheTags'
import { KIND_OF_COLLECTION, PAGE_OF, type PageCollection } from '@/lib/routes'
import { revalidationHooks } from '@/content/revalidation/revalidationHooks'

type Options = {
  slug: PageCollection
  /** Autosave while the editor types (issues and articles, the long texts). */
  autosave: boolean
  /** The delete guard (collections/shared/preventDeletingInUse.ts), when something may point at one. */
  beforeDelete?: CollectionBeforeDeleteHook
}

/**
 * What makes a collection "publishable", declared once: readers see published documents only and
 * staff everything; drafts with a version history (and scheduled publishing); every page and read
 * that shows it expired when readers' view of it changes; and, where something may point at it, a
 * delete guard. For content without a page of its own (reusable texts); `publishable` adds the page.
 */
export function publishableWithoutPage({ slug, autosave, beforeDelete }: Omit<Options, 'slug'> & { slug: TaggedCollection }) {
  const revalidate = revalidationHooks(slug)
  return {
    slug,
    access: { read: publishedOrStaff, readVersions: isStaff, create: isStaff, update: isStaff, delete: isStaff },
    versions: draftsWithHistory({ autosave }),
    hooks: {
      beforeChange: [revalidate.beforeChange],
      beforeDelete: beforeDelete ? [beforeDelete] : [],
      afterChange: [revalidate.afterChange],
      afterDelete: [revalidate.afterDelete],
    },
  } satisfies Pick<CollectionConfig, 'slug' | 'access' | 'versions' | 'hooks'>
}

/** Publishable content with a page of its own: the above and a preview of that page. Each collection's index.ts adds its fields. */
export function publishable(options: Options) {
  return { ...publishableWithoutPage(options), preview: previewFor(PAGE_OF[KIND_OF_COLLECTION[options.slug]]) }
}
