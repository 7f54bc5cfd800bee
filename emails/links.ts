/**
 * Every href the e-mail writes comes from here. Only absolute https:, http: and mailto: links
 * leave this file, with two deliberate exceptions: the sending tool's unsubscribe placeholder
 * ('email' mode) and in-page #fragments to the issue's own items ('web' mode).
 */
import type { HighlightView } from '@/content/types'
import { absoluteUrl, itemAnchor, routes } from '@/lib/routes'
import { safeHref } from '@/lib/safeUrl'

import type { EmailContext } from './context'

/** A site path (or an already absolute URL) made absolute; null when it cannot be parsed. */
export function siteHref(ctx: EmailContext, pathOrUrl: string): string | null {
  // An editor's typo in a settings field must not stop the whole issue from rendering.
  if (!URL.canParse(pathOrUrl, `${ctx.settings.siteUrl}/`)) return null
  return safeHref(absoluteUrl(ctx.settings.siteUrl, pathOrUrl))
}

const sitePage = (ctx: EmailContext, path: string): string => absoluteUrl(ctx.settings.siteUrl, path)

export const webVersionHref = (ctx: EmailContext): string => sitePage(ctx, routes.issueWebVersion(ctx.issue.slug))
export const articleHref = (ctx: EmailContext, slug: string): string => sitePage(ctx, routes.article(slug))
export const eventHref = (ctx: EmailContext, slug: string): string => sitePage(ctx, routes.event(slug))

/**
 * Where a highlight points. In the web version the item is on the same page (an id and a named
 * anchor, for browsers and the clients that keep either). Most mail clients follow no in-message
 * anchor at all (Gmail, Outlook, Yahoo, Samsung Mail), so the e-mail leads to the item's own page.
 */
export function highlightHref(ctx: EmailContext, target: HighlightView['target']): string | null {
  if (!target) return null
  if (ctx.mode === 'web') return `#${itemAnchor(target.kind, target.slug)}`
  return target.kind === 'article' ? articleHref(ctx, target.slug) : eventHref(ctx, target.slug)
}

/**
 * In the e-mail, the placeholder that the sender (this product's sending, or another tool) fills
 * in per recipient. The web version cannot be personal: it leads to the page that explains how to
 * unsubscribe without the link (/avregistrera), or to the organisation's own page in the settings.
 */
export function unsubscribeHref(ctx: EmailContext): string | null {
  if (ctx.mode === 'email') return ctx.settings.unsubscribePlaceholder
  return siteHref(ctx, ctx.settings.unsubscribeUrl ?? routes.unsubscribeInfo())
}

export const privacyHref = (ctx: EmailContext): string | null => siteHref(ctx, ctx.settings.privacyUrl)
