/**
 * The door in front of Payload's REST and GraphQL route handlers (app/(payload)/api). Payload
 * reads a request body with the assumption that it is what the admin sends: JSON `null`, a string,
 * plain text, a form or a truncated upload end in a TypeError and a 500. Here every body is
 * checked for its kind and size first and refused with a 4xx that says what was wrong; GraphQL's
 * error messages lose the "Did you mean …?" hints that spell out the schema to strangers. Every
 * call then waits for its place in the API's lanes (lib/http/apiLanes.ts).
 */
import { inApiLane } from './apiLanes'
import { readLimited } from './readLimited'
import { apiRefusal } from './responses'

type Handler<Context> = (request: Request, context: Context) => Promise<Response>

/** Paths (a prefix under /api) whose bodies may be larger than the rest's, and how large. */
export type LargerBodies = Record<string, number>

/** Uploads are at most 10 MB (collections/Media); the rest of a multipart body is small. */
export const MAX_MULTIPART_BYTES = 10 * 1024 * 1024 + 512 * 1024
export const MAX_JSON_BYTES = 2 * 1024 * 1024

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH'])

const refuse = apiRefusal

const tooLarge = (limit = MAX_JSON_BYTES) =>
  refuse(413, `Innehållet är för stort. Största tillåtna storlek är 10 MB för en bild och ${Math.round(limit / (1024 * 1024))} MB för övrigt.`)

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value)

type Checked = { refusal: Response } | { request: Request; json: unknown }

/** A body Payload can read: JSON (an object, or what `accept` allows) or multipart within its size. */
async function checkBody(request: Request, accept: (json: unknown) => boolean, jsonLimit = MAX_JSON_BYTES): Promise<Checked> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (type === 'multipart/form-data') {
    if (declared > MAX_MULTIPART_BYTES) return { refusal: tooLarge() }
    // Read once here (a copy), so a broken form is refused before Payload's stricter parser
    // stumbles on it: cut short, or a file name with a control character (NUL) in it.
    const form = await request.clone().formData().catch(() => null)
    if (!form) return { refusal: refuse(400, 'Formuläret kunde inte läsas: innehållet är trasigt eller ofullständigt.') }
    const names = [...form.values()].flatMap((value) => (typeof value === 'string' ? [] : [value.name]))
    if (names.some((name) => /\p{Cc}/u.test(name))) return { refusal: refuse(400, 'Filnamnet innehåller tecken som inte kan användas. Byt namn på filen och försök igen.') }
    return { request, json: undefined }
  }
  if (declared > jsonLimit) return { refusal: tooLarge(jsonLimit) }
  const text = await readLimited(request, jsonLimit)
  if (text === null) return { refusal: tooLarge(jsonLimit) }
  const rebuilt = new Request(request.url, { method: request.method, headers: request.headers, body: text })
  if (text.trim() === '') return { request: rebuilt, json: undefined }
  if (type !== 'application/json') return { refusal: refuse(415, 'Skicka innehållet som JSON (application/json) eller multipart/form-data.') }
  const parsed = parseJson(text)
  if (!parsed.ok) return { refusal: refuse(400, 'Innehållet är inte giltig JSON.') }
  if (!accept(parsed.value)) return { refusal: refuse(400, 'Innehållet ska vara ett JSON-objekt.') }
  return { request: rebuilt, json: parsed.value }
}

/**
 * The admin asks for long lists by POST with `X-Payload-HTTP-Method-Override: GET` and the query
 * string as a form body, which Payload turns back into a GET: that is no body to check.
 */
const isReadByPost = (request: Request) => request.method === 'POST' && request.headers.get('x-payload-http-method-override') === 'GET'

const jsonLimitOf = (request: Request, larger: LargerBodies): number => {
  const { pathname } = new URL(request.url)
  const match = Object.entries(larger).find(([prefix]) => pathname === prefix || pathname.startsWith(`${prefix}/`))
  return match ? match[1] : MAX_JSON_BYTES
}

/** Payload's REST handler for one method, behind the body check and in its lane. */
export function guardRest<Context>(handler: Handler<Context>, larger: LargerBodies = {}): Handler<Context> {
  return async (request, context) => {
    if (!WITH_BODY.has(request.method) || isReadByPost(request)) return inApiLane(request, () => handler(request, context))
    const checked = await checkBody(request, isObject, jsonLimitOf(request, larger))
    return 'refusal' in checked ? checked.refusal : inApiLane(request, () => handler(checked.request, context))
  }
}

const isGraphqlOperation = (value: unknown): boolean => isObject(value) && typeof (value as { query?: unknown }).query === 'string'

/** graphql-js adds "Did you mean "title"?" to unknown names: a free map of the schema. */
export const withoutSuggestions = (message: string): string => message.replace(/\s*Did you mean .*\?$/s, '')

/** Payload's GraphQL handler behind the body check, with its error messages stripped of hints. */
export function guardGraphql(handler: (request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  return async (request) => {
    const checked = await checkBody(request, isGraphqlOperation)
    if ('refusal' in checked) return checked.refusal
    if (checked.json === undefined) return refuse(400, 'Skicka en GraphQL-fråga som JSON: {"query": "…"}.')
    const response = await inApiLane(request, () => handler(checked.request))
    if (!(response.headers.get('content-type') ?? '').includes('json')) return response
    const body = (await response.json()) as { errors?: { message?: string }[] }
    for (const error of body.errors ?? []) if (typeof error.message === 'string') error.message = withoutSuggestions(error.message)
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    return new Response(JSON.stringify(body), { status: response.status, headers })
  }
}
