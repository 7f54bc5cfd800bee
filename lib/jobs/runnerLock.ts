import pg from 'pg'

import { env } from '@/lib/env'

/**
 * Which process runs the job queue. Payload takes a due job by reading it and then marking it
 * taken, with nothing between the two, so two runners polling at the same moment both take it
 * (a scheduled publish made two published versions). Only the process that holds this
 * PostgreSQL advisory lock runs jobs; any other runner — `npm run jobs` started twice, or web
 * servers with JOBS_IN_SERVER left on — waits, and takes over when the holder stops or dies
 * (PostgreSQL frees the lock with its connection).
 */

// Any fixed number: the one advisory lock this app takes.
export const RUNNER_LOCK_KEY = 720_310_421
// How often a holder makes sure its connection (and so the lock) is still there.
const CHECK_EVERY_MS = 5_000

export type RunnerLock = {
  /** True while this process holds the lock; takes it when it is free. Never throws. */
  holds: () => Promise<boolean>
  release: () => Promise<void>
}

export function createRunnerLock(databaseUrl: string): RunnerLock {
  let client: pg.Client | null = null
  let held = false
  let checkedAt = 0
  let pending: Promise<boolean> | null = null

  const forget = (lost: pg.Client | null) => {
    if (lost && client === lost) {
      client = null
      held = false
    }
    lost?.end().catch(() => undefined)
  }

  const connect = async (): Promise<pg.Client> => {
    if (client) return client
    const fresh = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000, keepAlive: true, query_timeout: 5_000 })
    fresh.on('error', () => forget(fresh))
    fresh.on('end', () => forget(fresh))
    await fresh.connect()
    client = fresh
    return fresh
  }

  const ask = async (): Promise<boolean> => {
    const current = await connect().catch(() => null)
    if (!current) return false
    try {
      if (held) {
        await current.query('select 1')
      } else {
        // Taken at most once per connection: asking again while holding it would stack it.
        const { rows } = await current.query<{ taken: boolean }>('select pg_try_advisory_lock($1) as taken', [RUNNER_LOCK_KEY])
        held = rows[0]?.taken === true
      }
      checkedAt = Date.now()
      return held
    } catch {
      forget(current)
      return false
    }
  }

  return {
    holds: () => {
      if (held && client && Date.now() - checkedAt < CHECK_EVERY_MS) return Promise.resolve(true)
      pending ??= ask().finally(() => {
        pending = null
      })
      return pending
    },
    release: async () => {
      const current = client
      client = null
      held = false
      await current?.end().catch(() => undefined)
    },
  }
}

let shared: RunnerLock | undefined

/** The process's own lock on the app's database (the web server's queue and `npm run jobs` alike). */
export const appRunnerLock = (): RunnerLock => (shared ??= createRunnerLock(env.databaseUrl))
