import type { CollectionBeforeDeleteHook, CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { previewFor } from '@/fields/livePreview'
import { draftsWithHistory } from '@/fields/versioning'
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
 * What makes a collection "publishable content", declared once: readers see published documents
 * only and staff everything; drafts with a version history (and scheduled publishing); a preview
 * of the document's own page; every page and read that shows it expired when readers' view of it changes; and, where
 * something may point at it, a delete guard. Each collection's index.ts adds its fields.
 */
export function publishable({ slug, autosave, beforeDelete }: Options) {
  const pageOf = PAGE_OF[KIND_OF_COLLECTION[slug]]
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
    preview: previewFor(pageOf),
  } satisfies Pick<CollectionConfig, 'slug' | 'access' | 'versions' | 'hooks'> & { preview: ReturnType<typeof previewFor> }
}
