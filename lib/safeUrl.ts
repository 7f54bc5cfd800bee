/**
 * The one rule for where a link may lead, applied wherever a stored address becomes a link (the
 * view boundary, content/toViews.ts, and the renderers of rich text): web and e-mail
 * addresses, and pages of this site. A `javascript:`, `data:` or `vbscript:` address never becomes
 * a link, whatever reached the database.
 */
export const SAFE_URL = /^(https?:\/\/[^\s]+|mailto:[^\s@]+@[^\s@]+)$/i

export const safeHref = (url: unknown): string | null =>
  typeof url === 'string' && SAFE_URL.test(url.trim()) ? url.trim() : null

/** A path on this site ("/personuppgifter"), never "//host" or "/\\host", which browsers read as another host. */
export const safeSitePath = (path: unknown): path is string =>
  typeof path === 'string' && path.startsWith('/') && !path.startsWith('//') && !/[\\\s\p{Cc}]/u.test(path)

/** A web or e-mail address, or a path on this site. */
export const safeHrefOrPath = (url: unknown): string | null => safeHref(url) ?? (safeSitePath(url) ? url : null)

/** A mailto: link to the address, or null when there is none or it is not an address. */
export const mailtoHref = (email: string | null | undefined): string | null => (email ? safeHref(`mailto:${email.trim()}`) : null)
