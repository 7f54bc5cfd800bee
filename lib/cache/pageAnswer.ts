/**
 * The one way a kept page becomes an HTTP answer, whoever serves it — the server's front door
 * (server.ts, before Next is asked) or the route in Next (site/cachedRoute.ts): gzip when the
 * client takes it, 304 when the client has this version (ETag), no body for HEAD.
 */
import Negotiator from 'negotiator'

import type { PageEntry } from './pageStore'

export type Answer = { status: number; headers: Record<string, string>; body: Buffer | null }

export type Asked = { method: string; ifNoneMatch: string | null; acceptEncoding: string | null }

const takesGzip = (acceptEncoding: string | null): boolean =>
  acceptEncoding !== null && new Negotiator({ headers: { 'accept-encoding': acceptEncoding } }).encodings(['gzip']).includes('gzip')

export function answerOf(entry: PageEntry, asked: Asked): Answer {
  const headers = { ...entry.headers }
  if (entry.gzip) headers.Vary = 'Accept-Encoding'
  if (entry.status === 200 && asked.ifNoneMatch !== null && asked.ifNoneMatch === entry.headers.ETag) {
    return { status: 304, headers, body: null }
  }
  const gzip = entry.gzip !== null && takesGzip(asked.acceptEncoding)
  const body = gzip ? (entry.gzip as Buffer) : entry.body
  if (gzip) headers['Content-Encoding'] = 'gzip'
  headers['Content-Length'] = String(body.length)
  return { status: entry.status, headers, body: asked.method === 'HEAD' ? null : body }
}
