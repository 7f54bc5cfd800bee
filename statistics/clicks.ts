/**
 * Following a short link: where it leads, counted per link, day and kind (a reader's, or probably
 * automatic) — in memory, and written to `link_clicks` in one statement every FLUSH_MS and when the
 * server stops, so a click costs the request no database write. A link its send never had is a 404.
 */
import type { Payload } from 'payload'

import { clickState, countClick, knownTarget, type Clicks } from './clickState'
import { lookUpTarget, writeClicks, type Queryable } from './clickStore'
import { FLUSH_MS } from './model'

export type Followed = { found: true; location: string } | { found: false }

/** Payload's own pg pool: the site's reads and writes of links go through it, as the link server's go through its own. */
const poolOf = (payload: Payload): Queryable => (payload.db as unknown as { pool: Queryable }).pool

const whole = (value: string): number | null => (/^[1-9]\d{0,9}$/.test(value) && Number(value) < 2 ** 31 ? Number(value) : null)

/** The route's work (app/l/[sending]/[n]/route.ts): where the link leads, counted. */
export async function followShortLink(payload: Payload, asked: { sending: string; n: string; method: string; userAgent: string | null; client: string }): Promise<Followed> {
  const sending = whole(asked.sending)
  const n = whole(asked.n)
  if (sending === null || n === null) return { found: false }
  const state = clickState()
  startFlushing(payload, state)
  let target = knownTarget(state, sending, n)
  if (target === undefined) {
    target = (await lookUpTarget(poolOf(payload), sending, n)) ?? ''
    state.targets.set(`${sending}:${n}`, target)
  }
  if (!target) return { found: false }
  countClick(state, { sending, n, method: asked.method, userAgent: asked.userAgent, client: asked.client })
  return { found: true, location: target }
}

/** Writes the counts kept so far through the site's own pool (statistics/clickStore.ts). */
export const flushClicks = (payload: Payload, state: Clicks = clickState()): Promise<number> => writeClicks(poolOf(payload), state)

/** Once per process: the counts written every FLUSH_MS, and `state.flush` for server.ts to call when it stops. */
function startFlushing(payload: Payload, state: Clicks): void {
  if (state.flush) return
  state.flush = () => flushClicks(payload, state).then(() => undefined)
  setInterval(() => {
    flushClicks(payload, state).catch((error: unknown) => payload.logger.warn({ msg: 'Clicks kept for the next write', error: String(error) }))
  }, FLUSH_MS).unref()
}
