import type { CollectionAdminOptions } from 'payload'

import { routes } from '@/lib/routes'

type Doc = { slug?: string | null }

/**
 * Live preview and the "Förhandsgranska" button: the document's public page, opened through the
 * preview route so the signed-in editor sees the draft. Relative, so it works on any host.
 */
export function previewFor(pathOf: (slug: string) => string): Pick<CollectionAdminOptions, 'livePreview' | 'preview'> {
  const url = (doc: Doc | undefined) => (doc?.slug ? routes.preview(pathOf(doc.slug)) : null)
  return {
    livePreview: { url: ({ data }) => url(data as Doc) ?? routes.preview('/') },
    preview: (doc) => url(doc as Doc),
  }
}
