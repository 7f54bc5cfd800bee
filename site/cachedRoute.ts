/**
 * How every reader's route is served: from Next's data cache (unstable_cache), expired by the same
 * tags the queries carry when an editor publishes, and remade on its own after `revalidate`
 * seconds where the page depends on today's date. An address that names nothing is answered with a
 * 404 before anything is read or cached, so made-up addresses cannot fill the cache; an editor in
 * draft mode gets a fresh, private answer; a database outage gets a 503 that is never cached, so
 * the page comes back by itself with the database.
 */
import { createHash } from 'node:crypto'

import { unstable_cache } from 'next/cache'

import { outagePage } from '@/lib/database/outagePage'
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '@/lib/database/unavailable'
import { currentReader, PUBLIC_READER, type Reader } from '@/lib/queries/payload'

/** What a route answers, as it is kept in the cache. */
export type Rendered = {
  status?: number
  body: string
  contentType: string
  /** The body is binary (a PNG), kept as base64. */
  base64?: boolean
  headers?: Record<string, string>
}

type Cached = Rendered & { etag: string }

export type RouteOptions<Params> = {
  /** The cache key of the route; its parameters are added to it. */
  key: string
  tags: string[]
  /** Seconds after which the answer is remade from (cached) data: a call to join closes by date. */
  revalidate?: number
  /** Whether the address names something published; false is a 404 that reads and caches nothing. */
  exists?: (params: Params) => Promise<boolean>
  /** The answer, read as `reader`; null when there is nothing (then the 404). */
  produce: (reader: Reader, params: Params) => Promise<Rendered | null>
  notFound: () => Promise<Rendered>
}

type Context<Params> = { params?: Promise<Params> }

const etagOf = (body: string) => `"${createHash('sha1').update(body).digest('base64url')}"`

function respond(request: Request, answer: Cached, cacheControl: string): Response {
  const headers = new Headers({ 'Content-Type': answer.contentType, 'Cache-Control': cacheControl, ETag: answer.etag, ...answer.headers })
  const status = answer.status ?? 200
  if (status === 200 && request.headers.get('if-none-match') === answer.etag) return new Response(null, { status: 304, headers })
  return new Response(answer.base64 ? Buffer.from(answer.body, 'base64') : answer.body, { status, headers })
}

const withEtag = (rendered: Rendered): Cached => ({ ...rendered, etag: etagOf(rendered.body) })

/** The page could not be made: 503 while the database is away (it comes back by itself), else 500. */
export function failure(error: unknown): Response {
  const outage = isDatabaseUnavailable(error)
  if (!outage) console.error(error)
  const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }
  if (outage) headers['Retry-After'] = String(RETRY_AFTER_SECONDS)
  return new Response(outagePage('page'), { status: outage ? 503 : 500, headers })
}

/** A route handler (GET) that answers as described above. */
export function cachedRoute<Params extends Record<string, string> = Record<string, never>>(options: RouteOptions<Params>) {
  const cached = unstable_cache(
    async (paramsJson: string): Promise<Cached | null> => {
      const rendered = await options.produce(PUBLIC_READER, JSON.parse(paramsJson) as Params)
      return rendered ? withEtag(rendered) : null
    },
    [options.key],
    { tags: options.tags, revalidate: options.revalidate },
  )
  return async (request: Request, context?: Context<Params>): Promise<Response> => {
    try {
      const params = ((await context?.params) ?? {}) as Params
      const reader = await currentReader()
      if (reader.draft) {
        const draft = await options.produce(reader, params)
        return respond(request, withEtag(draft ?? (await options.notFound())), 'private, no-store')
      }
      const found = (!options.exists || (await options.exists(params))) && (await cached(JSON.stringify(params)))
      return respond(request, found || withEtag(await options.notFound()), 'public, max-age=0, must-revalidate')
    } catch (error) {
      return failure(error)
    }
  }
}
