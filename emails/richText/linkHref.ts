import { absoluteUrl, routes } from '@/lib/routes'
import { safeHref } from '@/lib/safeUrl'

import type { LexicalNode } from './nodes'

/** The collections an editor may link to internally (fields/richText.ts), and their pages. */
const PAGE_OF: Record<string, (slug: string) => string> = {
  articles: routes.article,
  events: routes.event,
  'reference-groups': routes.referenceGroup,
}

function internalHref(doc: unknown, siteUrl: string): string | null {
  const { relationTo, value } = (doc ?? {}) as { relationTo?: unknown; value?: unknown }
  const page = typeof relationTo === 'string' ? PAGE_OF[relationTo] : undefined
  // A bare id means the linked document was not readable (a draft, deleted): no link to it.
  const slug = typeof value === 'object' && value !== null ? (value as { slug?: unknown }).slug : null
  return page && typeof slug === 'string' && slug ? absoluteUrl(siteUrl, page(slug)) : null
}

/** Where a link node may point, or null: then only its text is shown. */
export function linkHref(node: LexicalNode, siteUrl: string): string | null {
  const fields = node.fields ?? {}
  if (fields.linkType === 'internal') return internalHref(fields.doc, siteUrl)
  return safeHref(typeof fields.url === 'string' ? fields.url : null)
}
