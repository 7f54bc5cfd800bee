/**
 * Requests refused before they reach a page or Payload: bad input gets a clear 4xx here instead of
 * an error deep inside (PostgreSQL refuses a NUL byte, a word where it expects an id or an id past
 * its integer range; Payload stumbles over an endpoint a collection does not have). Only what can
 * be told from the method, the path and the query string; the bodies are checked by the API's own
 * route handlers (lib/http/apiGateway.ts) and the query's meaning by Payload (lib/database/queryRules.ts).
 */
import { isFormPath, isWebhookPath } from '@/lib/routes'

export type Refusal = { status: 204 | 400 | 404 | 405; message: string; headers?: Record<string, string> }

/**
 * The methods anything here answers. Others (TRACE, CONNECT, WebDAV's) are refused by server.ts
 * before Next sees them, since Next cannot even make a Request of TRACE; and here, for a server
 * started some other way.
 */
export const KNOWN_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'])
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const SITE_ALLOW = { Allow: 'GET, HEAD, OPTIONS' }
const FORM_ALLOW = { Allow: 'GET, HEAD, OPTIONS, POST' }
const WEBHOOK_ALLOW = { Allow: 'OPTIONS, POST' }

/** PostgreSQL's `integer`, the type of every id here: a larger number names no document. */
const MAX_ID = 2_147_483_647

/**
 * `endpoints`: the words of the collection's own endpoints under /:id/; `words`: those at its root
 * (/api/<collection>/<word>) — both from its `endpoints` config.
 */
type CollectionApi = { versions?: true; upload?: true; auth?: true; endpoints?: string[]; words?: string[] }

/**
 * What Payload's REST API has for each collection beyond /:id, given its configuration (drafts,
 * upload, auth without e-mail verification). collections/apiShape.int.test.ts checks it against the
 * real config, so a collection cannot be added or changed without this table following.
 */
export const COLLECTION_API: Record<string, CollectionApi> = {
  issues: { versions: true, endpoints: ['mottagare', 'skicka', 'provutskick', 'utskick', 'markera-skickat', 'rattelse', 'versioner', 'nytt-nummer', 'fore-utskick', 'godkannande', 'begar-godkannande', 'godkann-utskick', 'skicka-tillbaka'], words: ['nytt-nummer'] },
  approvals: {},
  'reusable-texts': { versions: true },
  articles: { versions: true },
  events: { versions: true },
  'reference-groups': { versions: true },
  members: {},
  media: { upload: true },
  'mailing-lists': { endpoints: ['export'] },
  subscribers: { endpoints: ['personuppgifter', 'hav-sparr'] },
  'subscriber-imports': {},
  sendings: { endpoints: ['avbryt', 'skicka-igen', 'statistik'], words: ['statistik'] },
  deliveries: {},
  returns: {},
  'issue-snapshots': {},
  'issue-imports': { endpoints: ['godkann'], words: ['las-in'] },
  users: { auth: true, words: ['logg'] },
}

const AUTH_WORDS = new Set(['login', 'logout', 'me', 'refresh-token', 'forgot-password', 'reset-password', 'unlock', 'init', 'first-register'])

/** Payload's own bookkeeping: the CLI migrates, nobody over HTTP. */
const INTERNAL_COLLECTIONS = new Set(['payload-migrations'])

/** Globals and whether they keep versions. */
const GLOBAL_API: Record<string, CollectionApi> = { 'site-settings': {} }

const isId = (segment: string | undefined): boolean => segment !== undefined && /^\d{1,10}$/.test(segment) && Number(segment) <= MAX_ID

function decodes(value: string): string | null {
  try {
    return decodeURIComponent(value)
  } catch {
    return null
  }
}

const notFound = (): Refusal => ({ status: 404, message: 'Dokumentet finns inte.' })

/** /api/<collection>/…: the endpoints the collection really has, with ids PostgreSQL can hold. */
function refuseCollectionPath(collection: string, rest: string[]): Refusal | null {
  if (INTERNAL_COLLECTIONS.has(collection)) return { status: 404, message: 'Det finns inget sådant API.' }
  const api = COLLECTION_API[collection]
  if (!api) return null
  const [first, second] = rest
  if (first === undefined || first === 'count' || first === 'access') return first === 'access' && second !== undefined && !isId(second) ? notFound() : null
  if (first === 'versions') return api.versions && (second === undefined || isId(second)) ? null : notFound()
  if (first === 'file') return api.upload ? null : notFound()
  if (AUTH_WORDS.has(first)) return api.auth ? null : notFound()
  if (rest.length === 1 && api.words?.includes(first)) return null
  // /:id, /:id/duplicate (the admin's "Duplicera") and the collection's own /:id/… endpoints.
  const ownEndpoint = second === 'duplicate' || (second !== undefined && (api.endpoints ?? []).includes(second))
  return isId(first) && (rest.length === 1 || (rest.length === 2 && ownEndpoint)) ? null : notFound()
}

function refuseGlobalPath(slug: string | undefined, rest: string[]): Refusal | null {
  const api = slug ? GLOBAL_API[slug] : undefined
  if (!api) return null
  const [first] = rest
  if (first === 'versions' && !api.versions) return notFound()
  return null
}

/** REST query parameters Payload passes on to PostgreSQL as numbers or parses as JSON. */
function refuseApiQuery(search: string): Refusal | null {
  const params = new URLSearchParams(search)
  const whole = (name: string, min: number, max: number) => {
    const value = params.get(name)
    return value === null || (/^\d{1,7}$/.test(value) && Number(value) >= min && Number(value) <= max)
  }
  if (!whole('page', 1, 1_000_000) || !whole('limit', 0, 1_000_000) || !whole('depth', 0, 10)) {
    return { status: 400, message: 'Ogiltig fråga: page är ett heltal från 1, limit från 0 och depth från 0 till 10.' }
  }
  const where = params.get('where')
  if (where !== null && !isJsonObject(where)) return { status: 400, message: 'Ogiltig fråga: where ska vara ett JSON-objekt.' }
  return null
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
  } catch {
    return false
  }
}

function refuseApiRequest(pathname: string, search: string): Refusal | null {
  const [, scope, ...rest] = pathname.split('/').filter(Boolean)
  if (scope === 'globals') return refuseGlobalPath(rest[0], rest.slice(1))
  const refusal = scope ? refuseCollectionPath(scope, rest) : null
  return refusal ?? refuseApiQuery(search)
}

export function refuseRequest(method: string, pathname: string, search: string): Refusal | null {
  if (!KNOWN_METHODS.has(method)) return { status: 405, message: 'Metoden stöds inte.', headers: SITE_ALLOW }
  const path = decodes(pathname)
  const query = decodes(search.replace(/\+/g, ' '))
  if (path === null || query === null || path.includes('\0') || query.includes('\0')) {
    return { status: 400, message: 'Ogiltig adress.' }
  }
  const [first] = pathname.split('/').filter(Boolean)
  if (first === 'api') return refuseApiRequest(pathname, search)
  if (first === 'admin') return null
  // A provider's returns webhook takes a POST and nothing else.
  if (isWebhookPath(path)) {
    if (method === 'OPTIONS') return { status: 204, message: '', headers: WEBHOOK_ALLOW }
    return method === 'POST' ? null : { status: 405, message: 'Här tas bara rapporter emot (POST).', headers: WEBHOOK_ALLOW }
  }
  // The public site is read-only but for its forms (sign-up, unsubscribe). OPTIONS is answered
  // here, so no cached page ever sees one.
  const allow = isFormPath(path) ? FORM_ALLOW : SITE_ALLOW
  if (method === 'OPTIONS') return { status: 204, message: '', headers: allow }
  if (method === 'POST' && allow === FORM_ALLOW) return null
  if (!READ_METHODS.has(method)) return { status: 405, message: 'Metoden stöds inte här.', headers: allow }
  return null
}
