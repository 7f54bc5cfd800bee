/**
 * Where short links lead and how often they were followed, in PostgreSQL, through any `pg` pool:
 * the site's (Payload's own pool, statistics/clicks.ts) or the link server's, which loads no
 * Payload at all (statistics/linkServer.ts). One rule for both, so the two count alike.
 */
import type { Clicks } from './clickState'

/** What both pools can do: a parameterised query. */
export type Queryable = { query: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> }

/** Where a short link leads, or null for one its send never had. */
export async function lookUpTarget(db: Queryable, sending: number, n: number): Promise<string | null> {
  const { rows } = await db.query('SELECT url FROM send_links WHERE sending_id = $1 AND n = $2', [sending, n])
  return (rows[0] as { url: string } | undefined)?.url ?? null
}

/**
 * Writes the counts kept so far in one statement; on failure they are kept for the next try
 * (nothing lost). How many link-days were written.
 */
export async function writeClicks(db: Queryable, state: Clicks): Promise<number> {
  const taken = [...state.pending].filter(([, count]) => count !== 0)
  state.pending.clear()
  if (taken.length === 0) return 0
  const values: unknown[] = []
  const rows = taken.map(([key, count]) => {
    const [sending, n, day, automatic] = key.split(':')
    values.push(Number(sending), Number(n), day, automatic === '1', count)
    const at = values.length - 5
    return `($${at + 1}::int, $${at + 2}::int, $${at + 3}::date, $${at + 4}::boolean, $${at + 5}::int)`
  })
  try {
    await db.query(
      `INSERT INTO link_clicks (sending_id, n, day, automatic, clicks)
       SELECT v.sending_id, v.n, v.day, v.automatic, v.clicks FROM (VALUES ${rows.join(', ')}) AS v(sending_id, n, day, automatic, clicks)
       -- a link gone since (its send removed) has nothing left to count on
       JOIN send_links l ON l.sending_id = v.sending_id AND l.n = v.n
       ON CONFLICT (sending_id, n, day, automatic) DO UPDATE SET clicks = link_clicks.clicks + excluded.clicks`,
      values,
    )
  } catch (error) {
    for (const [key, count] of taken) state.pending.set(key, (state.pending.get(key) ?? 0) + count)
    throw error
  }
  return taken.length
}
