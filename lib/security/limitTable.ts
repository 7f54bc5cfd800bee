/**
 * The limits' counters in PostgreSQL (table limit_attempts), for an app without Redis: they survive
 * a restart, every instance on the database shares them, and no flood of made-up keys pushes a real
 * one out — the weakness of counting in memory, where 10,000 junk addresses once made room for a
 * victim's counter to start over. A pool of its own (two connections), so a limit never waits
 * behind Payload's queries, and short timeouts: a limit must never hold up the request it guards.
 */
import pg from 'pg'

import { env } from '@/lib/env'

import type { ThrottleVerdict } from './attemptThrottle'

export type Window = { limit: number; windowMs: number }

let pool: pg.Pool | undefined

function limitPool(): pg.Pool {
  if (pool) return pool
  pool = new pg.Pool({ connectionString: env.databaseUrl, max: 2, connectionTimeoutMillis: 1000, query_timeout: 1000, idleTimeoutMillis: 10_000, allowExitOnIdle: true })
  // A pooled connection an outage cuts reports here; the next attempt reconnects.
  pool.on('error', () => undefined)
  return pool
}

/** One in this many attempts also clears the name's expired rows (keys nobody tries again). */
const PRUNE_ONE_IN = 100

async function inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await limitPool().connect()
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

/**
 * Records an attempt under the key, unless the window already holds the limit. Attempts on one
 * key take turns (a transaction-scoped advisory lock): two instances at once cannot both see room
 * for one more. Throws when the database does not answer (the caller counts in memory instead).
 */
export async function attemptInTable(name: string, key: string, { limit, windowMs }: Window): Promise<ThrottleVerdict> {
  return inTransaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${name}\n${key}`])
    const since = `${windowMs} milliseconds`
    if (Math.random() * PRUNE_ONE_IN < 1) await client.query('DELETE FROM limit_attempts WHERE name = $1 AND at <= now() - $2::interval', [name, since])
    else await client.query('DELETE FROM limit_attempts WHERE name = $1 AND key = $2 AND at <= now() - $3::interval', [name, key, since])
    const { rows } = await client.query<{ count: number; wait_ms: number | null }>(
      `SELECT count(*)::int AS count, extract(epoch FROM min(at) + $3::interval - now()) * 1000 AS wait_ms
       FROM limit_attempts WHERE name = $1 AND key = $2`,
      [name, key, since],
    )
    const { count, wait_ms: waitMs } = rows[0] ?? { count: 0, wait_ms: null }
    if (count >= limit) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Number(waitMs ?? windowMs) / 1000)) }
    await client.query('INSERT INTO limit_attempts (name, key) VALUES ($1, $2)', [name, key])
    return { allowed: true }
  })
}

/** How many attempts the window holds for the key. */
export async function countInTable(name: string, key: string, { windowMs }: Window): Promise<number> {
  const { rows } = await limitPool().query<{ count: number }>(
    'SELECT count(*)::int AS count FROM limit_attempts WHERE name = $1 AND key = $2 AND at > now() - $3::interval',
    [name, key, `${windowMs} milliseconds`],
  )
  return rows[0]?.count ?? 0
}

/** Records an attempt whatever the count (something that happened: a successful login). */
export async function recordInTable(name: string, key: string): Promise<void> {
  await limitPool().query('INSERT INTO limit_attempts (name, key) VALUES ($1, $2)', [name, key])
}

/** Takes back the key's latest attempt. */
export async function forgiveInTable(name: string, key: string): Promise<void> {
  await limitPool().query(
    'DELETE FROM limit_attempts WHERE ctid = (SELECT ctid FROM limit_attempts WHERE name = $1 AND key = $2 ORDER BY at DESC LIMIT 1)',
    [name, key],
  )
}
