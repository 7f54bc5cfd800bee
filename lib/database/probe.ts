import pg from 'pg'

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
    connectionString: process.env.DATABASE_URL,
    max: 1,
    connectionTimeoutMillis: 1000,
    query_timeout: 1000,
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
  } catch {
    return false
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
