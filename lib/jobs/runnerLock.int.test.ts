import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { createRunnerLock, RUNNER_LOCK_KEY, type RunnerLock } from './runnerLock'

/** Two runners' locks on the run's real PostgreSQL, as two processes would hold them. */
describe('the job runner lock', () => {
  const url = process.env.DATABASE_URL ?? ''
  const locks: RunnerLock[] = []
  const lock = () => {
    const made = createRunnerLock(url)
    locks.push(made)
    return made
  }
  const holders = async () => {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      const { rows } = await client.query<{ pid: number }>("select pid from pg_locks where locktype = 'advisory' and objid = $1 and granted", [RUNNER_LOCK_KEY])
      return rows.map((row) => row.pid)
    } finally {
      await client.end()
    }
  }

  afterAll(async () => {
    for (const made of locks) await made.release()
  })

  it('lets one runner run at a time; the other takes over when the first stops', async () => {
    const [first, second] = [lock(), lock()]
    expect(await first.holds()).toBe(true)
    expect(await second.holds()).toBe(false)
    expect(await first.holds()).toBe(true)
    expect(await holders()).toHaveLength(1)
    await first.release()
    expect(await second.holds()).toBe(true)
    expect(await first.holds()).toBe(false)
    await second.release()
  })

  it('passes to the other runner when the holder’s connection dies, and the holder knows it lost it', async () => {
    const [first, second] = [lock(), lock()]
    expect(await first.holds()).toBe(true)
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    await client.query("select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and objid = $1", [RUNNER_LOCK_KEY])
    await client.end()
    expect(await second.holds()).toBe(true)
    // The dead connection's end reaches the first lock as an event; by then it no longer holds.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await first.holds()).toBe(false)
    await second.release()
  })
})
