/**
 * The short links at server.ts's front door: a link this process has followed before is answered
 * and counted from memory (statistics/clicks.ts), without Next; one not yet known goes on to the
 * route (app/(site)/l/[sending]/[n]), which looks it up and remembers it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

import { clickState, countClick, knownTarget } from './clickState'

const SHORT_LINK = /^\/l\/([1-9]\d{0,9})\/([1-9]\d{0,9})$/

/** The answer to a short link, wherever it is given: a redirect nobody keeps, with no referrer passed on. */
export const redirectTo = (location: string): Record<string, string> => ({ Location: location, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })

export function answerShortLink(request: IncomingMessage, response: ServerResponse, client: string): boolean {
  const { method, url } = request
  if ((method !== 'GET' && method !== 'HEAD') || !url) return false
  const match = SHORT_LINK.exec(url)
  if (!match) return false
  const [sending, n] = [Number(match[1]), Number(match[2])]
  const state = clickState()
  const target = knownTarget(state, sending, n)
  // Not yet known (or unknown): the route answers, and remembers what it found.
  if (!target) return false
  countClick(state, { sending, n, method, userAgent: request.headers['user-agent'] ?? null, client })
  response.writeHead(302, redirectTo(target))
  response.end()
  return true
}

/** When the server stops: the counts kept in memory are written first. */
export async function flushBeforeStop(): Promise<void> {
  await clickState().flush?.()
}
