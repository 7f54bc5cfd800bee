import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { testPayload } from '@/testing/payload'

import { recordExpiry } from './expiryLog'
import { currentStamp, EXPIRY_CHANNEL, isFresh, RENEW_EPOCH_SQL, startExpiryWatch, WATCH_NAME } from './expiryWatch'
import { createMemo } from './memo'
import { collectingTags } from './tagScope'

const databaseUrl = () => process.env.DATABASE_URL ?? ''

/** Another process writing to the record, as a raw connection does it (the real ones: jobs and CLI tests). */
async function otherProcess<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl() })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const insertExpiry = (client: pg.Client, tag: string) => client.query<{ id: string }>('INSERT INTO cache_expiries (tag) VALUES ($1) RETURNING id::text', [tag])

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  await startExpiryWatch(databaseUrl())
})

afterAll(async () => {
  await payload.db.destroy?.()
})

describe('the expiry watch', () => {
  it('knows the record once started; an expiry this process records holds at once', async () => {
    const before = currentStamp()
    expect(before).not.toBeNull()
    await recordExpiry(payload, ['collection:articles'])
    expect(isFresh(before!, ['collection:articles'])).toBe(false)
    expect(isFresh(before!, ['collection:events'])).toBe(true)
    expect(isFresh(currentStamp()!, ['collection:articles'])).toBe(true)
  })

  it('learns another process’s expiry from its notification, and one that was never announced from its next look', async () => {
    const before = currentStamp()!
    await otherProcess(async (client) => {
      const { rows } = await insertExpiry(client, 'collection:members')
      await client.query('SELECT pg_notify($1, $2)', [EXPIRY_CHANNEL, JSON.stringify({ id: Number(rows[0]?.id), tags: ['collection:members'] })])
    })
    await vi.waitFor(() => expect(isFresh(before, ['collection:members'])).toBe(false), { timeout: 2_000 })

    const later = currentStamp()!
    await otherProcess((client) => insertExpiry(client, 'collection:media'))
    expect(isFresh(later, ['collection:media'])).toBe(true)
    await vi.waitFor(() => expect(isFresh(later, ['collection:media'])).toBe(false), { timeout: 8_000, interval: 200 })
  })

  it('after losing its connection, comes back and knows what was recorded meanwhile', async () => {
    const before = currentStamp()!
    await otherProcess(async (client) => {
      const { rowCount } = await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [WATCH_NAME])
      expect(rowCount).toBe(1)
      await insertExpiry(client, 'collection:issues')
    })
    await vi.waitFor(() => expect(isFresh(before, ['collection:issues'])).toBe(false), { timeout: 8_000, interval: 200 })
    await vi.waitFor(async () => {
      const { rows } = await otherProcess((client) => client.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1', [WATCH_NAME]))
      expect(rows[0]?.n).toBe(1)
    })
  })

  it('a new epoch (a restored backup) makes every entry made before it stale', async () => {
    const before = currentStamp()!
    await otherProcess((client) => client.query(RENEW_EPOCH_SQL))
    await vi.waitFor(() => expect(isFresh(before, [])).toBe(false), { timeout: 2_000 })
    expect(currentStamp()?.epoch).not.toBe(before.epoch)
  })
})

describe('remembered reads', () => {
  it('reads once until a tag it reported expires, reporting its tags every time', async () => {
    const memo = createMemo({ entries: 10, megabytes: 1 })
    let reads = 0
    const inner = memo.remember('inner', ['global:site-settings'], async (_: Payload) => 'inställningar')
    const read = memo.remember('outer', ['collection:groups'], async (through: Payload, slug: string) => `${slug}:${(reads += 1)}:${await inner(through)}`)

    const first = await collectingTags(() => read(payload, 'a'))
    expect(first).toEqual({ value: 'a:1:inställningar', tags: ['collection:groups', 'global:site-settings'] })
    expect(await collectingTags(() => read(payload, 'a'))).toEqual(first)
    expect(await read(payload, 'b')).toBe('b:2:inställningar')

    await recordExpiry(payload, ['global:site-settings'])
    expect(await read(payload, 'a')).toBe('a:3:inställningar')
  })

  it('reads once for everyone asking at once, and does not keep a read that an expiry overtook', async () => {
    const memo = createMemo({ entries: 10, megabytes: 1 })
    let reads = 0
    let release: () => void = () => undefined
    const slow = memo.remember('slow', ['collection:events'], async (_: Payload) => {
      reads += 1
      await new Promise<void>((resolve) => (release = resolve))
      return reads
    })
    const asked = [slow(payload), slow(payload), slow(payload)]
    await vi.waitFor(() => expect(reads).toBe(1))
    // Published while the database was answering: this result may be old, so it is not kept.
    await recordExpiry(payload, ['collection:events'])
    release()
    expect(await Promise.all(asked)).toEqual([1, 1, 1])
    const again = slow(payload)
    await vi.waitFor(() => expect(reads).toBe(2))
    release()
    expect(await again).toBe(2)
  })

  it('is bounded in entries, whatever is asked', async () => {
    const memo = createMemo({ entries: 50, megabytes: 1 })
    const read = memo.remember('many', ['collection:articles'], async (_: Payload, n: number) => `svar ${n}`)
    for (let n = 0; n < 1_000; n++) await read(payload, n)
    expect(memo.size().entries).toBe(50)
  })
})
