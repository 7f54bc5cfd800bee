import { absoluteUrl, routes } from '@/lib/routes'
import { safeHref } from '@/lib/safeUrl'

/** The collections an editor may link to internally (fields/richText.ts), and their pages. */
const PAGE_OF: Record<string, (slug: string) => string> = {
  articles: routes.article,
  events: routes.event,
  'reference-groups': routes.referenceGroup,
}

type LinkFields = { linkType?: unknown; url?: unknown; doc?: unknown }

/**
 * Where a rich-text link may point, for the site, the e-mail and the feeds alike: web and
 * e-mail addresses only, or the page of a linked document that was readable (a bare id means a
 * draft or a deleted one: no link). With `siteUrl`, internal links are made absolute. Null: show
 * the link's text alone.
 */
export function richTextLinkHref(fields: LinkFields | undefined, siteUrl?: string): string | null {
  if (fields?.linkType !== 'internal') return safeHref(fields?.url)
  const { relationTo, value } = (fields.doc ?? {}) as { relationTo?: unknown; value?: unknown }
  const page = typeof relationTo === 'string' ? PAGE_OF[relationTo] : undefined
  const slug = typeof value === 'object' && value !== null ? (value as { slug?: unknown }).slug : null
  if (!page || typeof slug !== 'string' || !slug) return null
  return siteUrl ? absoluteUrl(siteUrl, page(slug)) : page(slug)
}
