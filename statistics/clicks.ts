/**
 * Following a short link: where it leads, counted per link, day and kind (a reader's, or probably
 * automatic) — in memory, and written to `link_clicks` in one statement every FLUSH_MS and when the
 * server stops, so a click costs the request no database write. A link its send never had is a 404.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { clickState, countClick, knownTarget, type Clicks } from './clickState'
import { targetOf } from './links'
import { FLUSH_MS } from './model'

export type Followed = { found: true; location: string } | { found: false }

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
    target = (await targetOf(payload, sending, n)) ?? ''
    state.targets.set(`${sending}:${n}`, target)
  }
  if (!target) return { found: false }
  countClick(state, { sending, n, method: asked.method, userAgent: asked.userAgent, client: asked.client })
  return { found: true, location: target }
}

/** Writes the counts kept so far; on failure they are kept for the next try (nothing lost). */
export async function flushClicks(payload: Payload, state: Clicks = clickState()): Promise<number> {
  if (state.pending.size === 0) return 0
  const taken = [...state.pending].filter(([, count]) => count !== 0)
  state.pending.clear()
  if (taken.length === 0) return 0
  const values = sql.join(
    taken.map(([key, count]) => {
      const [sending, n, day, automatic] = key.split(':')
      return sql`(${Number(sending)}::int, ${Number(n)}::int, ${day}::date, ${automatic === '1'}::boolean, ${count}::int)`
    }),
    sql`, `,
  )
  try {
    await payload.db.drizzle.execute(sql`
      INSERT INTO link_clicks (sending_id, n, day, automatic, clicks)
      SELECT v.sending_id, v.n, v.day, v.automatic, v.clicks FROM (VALUES ${values}) AS v(sending_id, n, day, automatic, clicks)
      -- a link gone since (its send removed) has nothing left to count on
      JOIN send_links l ON l.sending_id = v.sending_id AND l.n = v.n
      ON CONFLICT (sending_id, n, day, automatic) DO UPDATE SET clicks = link_clicks.clicks + excluded.clicks`)
  } catch (error) {
    for (const [key, count] of taken) state.pending.set(key, (state.pending.get(key) ?? 0) + count)
    throw error
  }
  return taken.length
}

/** Once per process: the counts written every FLUSH_MS, and `state.flush` for server.ts to call when it stops. */
function startFlushing(payload: Payload, state: Clicks): void {
  if (state.flush) return
  state.flush = () => flushClicks(payload, state).then(() => undefined)
  setInterval(() => {
    flushClicks(payload, state).catch((error: unknown) => payload.logger.warn({ msg: 'Clicks kept for the next write', error: String(error) }))
  }, FLUSH_MS).unref()
}
