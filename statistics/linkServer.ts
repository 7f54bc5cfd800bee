/**
 * The short links served by a process of their own (`npm run links`, README "Short links in a
 * process of their own"): a plain Node HTTP server that loads no Next and no Payload, so a
 * redirect never waits behind their pauses. The same rules as the site's (statistics/frontDoor.ts,
 * statistics/clicks.ts): where a link leads from `send_links`, kept in memory; each click counted
 * in memory and written every FLUSH_MS and when the server stops; anything else a 404. nginx sends
 * /l/ here and to the site when this is away (deploy/nginx/nytt-fran-rus.conf).
 */
import http from 'node:http'

import { clientAddress, type TrustRule } from '@/lib/security/clientAddress'

import { clickState, countClick, knownTarget, type Clicks } from './clickState'
import { lookUpTarget, writeClicks, type Queryable } from './clickStore'
import { redirectTo } from './frontDoor'
import { FLUSH_MS } from './model'

const SHORT_LINK = /^\/l\/([1-9]\d{0,9})\/([1-9]\d{0,9})$/

export type LinkServer = { server: http.Server; state: Clicks; flush: () => Promise<number>; close: () => Promise<void> }

const notFound = (response: http.ServerResponse, status = 404) => {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
  response.end(status === 404 ? 'Länken finns inte.\n' : 'Länken kunde inte följas just nu. Försök igen om en stund.\n')
}

async function answer(db: Queryable, state: Clicks, trust: TrustRule, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const match = request.method === 'GET' || request.method === 'HEAD' ? SHORT_LINK.exec(request.url ?? '') : null
  const [sending, n] = match ? [Number(match[1]), Number(match[2])] : [0, 0]
  if (!match || sending >= 2 ** 31 || n >= 2 ** 31) return notFound(response)
  let target = knownTarget(state, sending, n)
  if (target === undefined) {
    target = (await lookUpTarget(db, sending, n)) ?? ''
    state.targets.set(`${sending}:${n}`, target)
  }
  if (!target) return notFound(response)
  countClick(state, { sending, n, method: request.method ?? 'GET', userAgent: request.headers['user-agent'] ?? null, client: clientAddress(request, trust) })
  response.writeHead(302, redirectTo(target))
  response.end()
}

/** The server, not yet listening; `close` stops taking requests and writes what is left. */
export function createLinkServer({ db, trust, onError = () => undefined }: { db: Queryable; trust: TrustRule; onError?: (error: unknown) => void }): LinkServer {
  const state = clickState()
  const flush = () => writeClicks(db, state)
  const server = http.createServer((request, response) => {
    answer(db, state, trust, request, response).catch((error: unknown) => {
      // The database away: this link is not known yet, and nothing is counted for it.
      onError(error)
      if (!response.headersSent) notFound(response, 503)
    })
  })
  server.keepAliveTimeout = 65_000
  const timer = setInterval(() => void flush().catch(onError), FLUSH_MS)
  timer.unref()
  const close = async () => {
    clearInterval(timer)
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await flush()
  }
  return { server, state, flush, close }
}
