/**
 * Requests refused before they reach a page or Payload: bad input gets a clear 4xx instead of
 * an error deep inside (PostgreSQL rejects a NUL byte or a word where it expects an id with a
 * 500 otherwise).
 */
export type Refusal = { status: 400 | 404 | 405; message: string; headers?: Record<string, string> }

/** Payload collections whose documents have integer ids, and the non-id words their API knows. */
const ID_COLLECTIONS = new Set(['issues', 'articles', 'events', 'reference-groups', 'members', 'media', 'users'])
const API_WORDS = new Set([
  'versions', 'count', 'access', 'file', 'login', 'logout', 'me', 'refresh-token', 'forgot-password',
  'reset-password', 'verify', 'unlock', 'init', 'first-register',
])

function decodes(value: string): string | null {
  try {
    return decodeURIComponent(value)
  } catch {
    return null
  }
}

export function refuseRequest(method: string, pathname: string, search: string): Refusal | null {
  const path = decodes(pathname)
  const query = decodes(search.replace(/\+/g, ' '))
  if (path === null || query === null || path.includes('\0') || query.includes('\0')) {
    return { status: 400, message: 'Ogiltig adress.' }
  }
  const [first, collection, id] = pathname.split('/').filter(Boolean)
  if (first === 'api' && collection && ID_COLLECTIONS.has(collection) && id && !/^\d+$/.test(id) && !API_WORDS.has(id)) {
    return { status: 404, message: 'Dokumentet finns inte.' }
  }
  const isSite = first !== 'api' && first !== 'admin'
  if (isSite && !['GET', 'HEAD', 'OPTIONS'].includes(method)) {
    return { status: 405, message: 'Metoden stöds inte här.', headers: { Allow: 'GET, HEAD' } }
  }
  return null
}
