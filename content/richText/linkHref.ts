import { absoluteUrl, pageOfCollection } from '@/lib/routes'
import { safeHref } from '@/lib/safeUrl'

import type { LexicalNode } from './nodes'

type LinkFields = { linkType?: unknown; url?: unknown; doc?: unknown }

/**
 * Where a rich-text link may point, for the site, the e-mail, the feeds and the plain text alike:
 * web and e-mail addresses only, or the page of a linked document that was readable (a bare id
 * means a draft or a deleted one: no link). With `siteUrl`, internal links are made absolute.
 * Null: show the link's text alone.
 */
export function richTextLinkHref(fields: LinkFields | undefined, siteUrl?: string): string | null {
  if (fields?.linkType !== 'internal') return safeHref(fields?.url)
  const { relationTo, value } = (fields.doc ?? {}) as { relationTo?: unknown; value?: unknown }
  const slug = typeof value === 'object' && value !== null ? (value as { slug?: unknown }).slug : null
  const page = typeof relationTo === 'string' && typeof slug === 'string' && slug ? pageOfCollection(relationTo, slug) : null
  if (!page) return null
  return siteUrl ? absoluteUrl(siteUrl, page) : page
}

export const linkNodeHref = (node: LexicalNode, siteUrl?: string): string | null => richTextLinkHref(node.fields as LinkFields | undefined, siteUrl)
