/**
 * The server's front door (server.ts): a reader's GET or HEAD of a page this process has kept,
 * fresh, is answered from memory before Next is asked — the same bytes and headers the route would
 * send (lib/cache/pageAnswer.ts) plus the security headers the proxy adds. Anything else (a query
 * string, draft mode, a page not kept or not fresh) goes on to Next, which renders or serves it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

import { answerOf } from './pageAnswer'
import { lookupInMemory } from './pageStore'

/** Next's draft-mode cookie: an editor previewing gets a fresh, private page from Next. */
const DRAFT_MODE_COOKIE = '__prerender_bypass'

/** The key a page is kept under: its path, without the query (which never makes a page of its own). */
export const pageKey = (url: string): string => new URL(url, 'http://site').pathname

/** Answers from memory and returns true, or returns false and leaves the request to Next. */
export function answerFromMemory(request: IncomingMessage, response: ServerResponse, extraHeaders: (pathname: string) => Record<string, string>): boolean {
  const { method, url } = request
  if ((method !== 'GET' && method !== 'HEAD') || !url || url.includes('?') || request.headers.cookie?.includes(DRAFT_MODE_COOKIE)) return false
  const found = lookupInMemory(url)
  if (!found?.fresh) return false
  const answer = answerOf(found.entry, {
    method,
    ifNoneMatch: request.headers['if-none-match'] ?? null,
    acceptEncoding: typeof request.headers['accept-encoding'] === 'string' ? request.headers['accept-encoding'] : null,
  })
  response.writeHead(answer.status, { ...answer.headers, ...extraHeaders(url) })
  response.end(answer.body ?? undefined)
  return true
}
