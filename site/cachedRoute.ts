/**
 * How every reader's route is served: from the readers' page cache (lib/cache/pageStore.ts), kept
 * under the tags its reads reported (lib/cache/tagScope.ts) and fresh until one of them expires —
 * from any process, durably (lib/cache/expiryLog.ts) — or, for a page that depends on today's
 * date, until `revalidate` seconds have passed. An address that names nothing is answered with a
 * 404 before anything is read or kept, so made-up addresses cannot grow the cache; a query string
 * never makes an entry of its own; an editor in draft mode gets a fresh, private answer; a
 * database outage gets a 503 that is never kept — or, for a page only out of date by the clock,
 * the page as last made.
 */
import { createHash } from 'node:crypto'

import { currentStamp } from '@/lib/cache/expiryWatch'
import { pageKey } from '@/lib/cache/frontDoor'
import { answerOf } from '@/lib/cache/pageAnswer'
import { gzipped, keepPage, lookupPage, type PageEntry } from '@/lib/cache/pageStore'
import { collectingTags } from '@/lib/cache/tagScope'
import { outagePage } from '@/lib/database/outagePage'
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '@/lib/database/unavailable'
import type { Payload } from 'payload'

import { PUBLIC_READER, type Reader } from '@/content/reads/reader'

import { currentReader, payloadClient } from './payload'

/** What a route answers, before it becomes bytes. */
export type Rendered = {
  status?: number
  body: string
  contentType: string
  /** The body is binary (a PNG), given as base64. */
  base64?: boolean
  headers?: Record<string, string>
}

/** Whom a route reads for, and through which Payload: every read it makes takes both. */
export type PageContext = { payload: Payload; reader: Reader }

export type RouteOptions<Params> = {
  /** Seconds after which the answer is made again: a call to join closes by date. */
  revalidate?: number
  /** Whether the address names something published; false is a 404 that reads and keeps nothing. */
  exists?: (context: PageContext, params: Params) => Promise<boolean>
  /** The answer, read as the context's reader; null when there is nothing (then the 404). */
  produce: (context: PageContext, params: Params) => Promise<Rendered | null>
  notFound: (payload: Payload) => Promise<Rendered>
}

type Context<Params> = { params?: Promise<Params> }

const PUBLIC = 'public, max-age=0, must-revalidate'
const PRIVATE = 'private, no-store'

const etagOf = (body: Buffer) => `"${createHash('sha1').update(body).digest('base64url')}"`

function toEntry(rendered: Rendered, cacheControl: string, tags: string[] = [], revalidate?: number): PageEntry {
  const body = Buffer.from(rendered.body, rendered.base64 ? 'base64' : 'utf8')
  const stamp = currentStamp() ?? { epoch: '', seen: 0 }
  return {
    status: rendered.status ?? 200,
    headers: { 'Content-Type': rendered.contentType, 'Cache-Control': cacheControl, ETag: etagOf(body), ...rendered.headers },
    body,
    gzip: gzipped(body, rendered.contentType),
    tags,
    stamp,
    staleAt: revalidate ? Date.now() + revalidate * 1000 : null,
  }
}

/** Next compresses what a route returns (and drops a Content-Encoding of the route's own), so the body goes plain. */
function respond(request: Request, entry: PageEntry): Response {
  const answer = answerOf(entry, { method: request.method, ifNoneMatch: request.headers.get('if-none-match'), acceptEncoding: null })
  return new Response(answer.body === null ? null : new Uint8Array(answer.body), { status: answer.status, headers: answer.headers })
}

/** The page could not be made: 503 while the database is away (it comes back by itself), else 500. */
export function failure(error: unknown): Response {
  const outage = isDatabaseUnavailable(error)
  if (!outage) console.error(error)
  const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }
  if (outage) headers['Retry-After'] = String(RETRY_AFTER_SECONDS)
  return new Response(outagePage('page'), { status: outage ? 503 : 500, headers })
}

/** Renders a page for everyone and keeps it, once at a time per address. */
const rendering = new Map<string, Promise<PageEntry | null>>()

async function renderAndKeep<Params>(key: string, options: RouteOptions<Params>, payload: Payload, params: Params): Promise<PageEntry | null> {
  const stamp = currentStamp()
  const { value: rendered, tags } = await collectingTags(() => options.produce({ payload, reader: PUBLIC_READER }, params))
  if (!rendered) return null
  const entry = toEntry(rendered, PUBLIC, tags, options.revalidate)
  // Kept only when it is known what it shows and under which record: never a 404, never blind.
  if (stamp && tags.length > 0 && entry.status === 200) keepPage(key, { ...entry, stamp })
  return entry
}

/** A route handler (GET) that answers as described above. */
export function cachedRoute<Params extends Record<string, string> = Record<string, never>>(options: RouteOptions<Params>) {
  return async (request: Request, context?: Context<Params>): Promise<Response> => {
    const key = pageKey(request.url)
    let kept: PageEntry | null = null
    try {
      const params = ((await context?.params) ?? {}) as Params
      const [payload, reader] = await Promise.all([payloadClient(), currentReader()])
      if (reader.draft) {
        const draft = await options.produce({ payload, reader }, params)
        return respond(request, toEntry(draft ?? (await options.notFound(payload)), PRIVATE))
      }
      if (options.exists && !(await options.exists({ payload, reader: PUBLIC_READER }, params))) return respond(request, toEntry(await options.notFound(payload), PUBLIC))
      const found = await lookupPage(key)
      if (found?.fresh) return respond(request, found.entry)
      // Out of date by the clock only: still what readers may see, should the database be away.
      if (found?.expired === 'time') kept = found.entry
      let made = rendering.get(key)
      if (!made) {
        made = renderAndKeep(key, options, payload, params).finally(() => rendering.delete(key))
        rendering.set(key, made)
      }
      return respond(request, (await made) ?? toEntry(await options.notFound(payload), PUBLIC))
    } catch (error) {
      if (kept && isDatabaseUnavailable(error)) return respond(request, kept)
      return failure(error)
    }
  }
}
