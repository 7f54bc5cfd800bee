import pg from 'pg'

import { env } from '@/lib/env'

import { isDatabaseUnavailable } from './unavailable'

/**
 * Whether the database answers a query right now. The proxy asks before it lets an editor into
 * the admin, which cannot render a single page without it; the answer is kept for a second so
 * that a burst of requests costs one query, and the probe has its own single connection so it
 * never waits behind Payload's pool.
 */
const REMEMBER_MS = 1000

let pool: pg.Pool | undefined
let last: { answers: boolean; at: number } | undefined
let pending: Promise<boolean> | undefined

function probePool(): pg.Pool {
  if (pool) return pool
  pool = new pg.Pool({
    connectionString: env.databaseUrl,
    max: 1,
    // As patient as Payload's own pool: a slow database is not an absent one.
    connectionTimeoutMillis: 5000,
    query_timeout: 5000,
    idleTimeoutMillis: 10_000,
    allowExitOnIdle: true,
  })
  // A pooled connection that the outage cuts reports here; the next probe simply reconnects.
  pool.on('error', () => undefined)
  return pool
}

async function ask(): Promise<boolean> {
  try {
    await probePool().query('select 1')
    return true
  } catch (error) {
    // Anything but an outage (a wrong password, say) is for the request itself to report.
    return !isDatabaseUnavailable(error)
  }
}

export async function databaseAnswers(now = Date.now()): Promise<boolean> {
  if (last && now - last.at < REMEMBER_MS) return last.answers
  pending ??= ask().then((answers) => {
    last = { answers, at: Date.now() }
    pending = undefined
    return answers
  })
  return pending
}
