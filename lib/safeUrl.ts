/** Web and e-mail links only: a `javascript:` or `data:` URL never becomes a link. */
export const SAFE_URL = /^(https?:\/\/[^\s]+|mailto:[^\s@]+@[^\s@]+)$/i

export const safeHref = (url: unknown): string | null =>
  typeof url === 'string' && SAFE_URL.test(url.trim()) ? url.trim() : null
