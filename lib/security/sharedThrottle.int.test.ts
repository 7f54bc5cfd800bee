import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestRedis, type TestRedis } from '@/testing/redisServer'

import { sharedThrottle } from './sharedThrottle'

describe('limits counted across instances (REDIS_URL)', () => {
  let redis: TestRedis

  beforeAll(async () => {
    redis = await startTestRedis()
    process.env.REDIS_URL = redis.url
    const { redisClient } = await import('@/lib/redis/client')
    for (let i = 0; i < 100 && !redisClient()?.isReady; i++) await new Promise((resolve) => setTimeout(resolve, 50))
  })

  afterAll(async () => {
    delete process.env.REDIS_URL
    await redis.dispose()
  })

  it('counts one client’s attempts on two instances together, and forgives on either', async () => {
    // Two instances' limits of one name: what they share is the Redis key, not this process.
    const name = `test-${Date.now()}`
    const same = sharedThrottle(name, { limit: 3, windowMs: 60_000 })
    const also = sharedThrottle(name, { limit: 3, windowMs: 60_000 })
    expect((await same.attempt('203.0.113.7')).allowed).toBe(true)
    expect((await also.attempt('203.0.113.7')).allowed).toBe(true)
    expect((await same.attempt('203.0.113.7')).allowed).toBe(true)
    const refused = await also.attempt('203.0.113.7')
    expect(refused).toMatchObject({ allowed: false })
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(50)
    // Counted in Redis, not in this process: the attempts are there, under the limit's name.
    const { redisClient } = await import('@/lib/redis/client')
    expect(await redisClient()?.zCard(`rus:limit:${name}:203.0.113.7`)).toBe(3)
    await same.forgive('203.0.113.7')
    expect((await also.attempt('203.0.113.7')).allowed).toBe(true)
    expect((await also.attempt('198.51.100.1')).allowed).toBe(true)
  })

  it('counts in PostgreSQL while Redis is away, never failing a request, and shares again when it is back', async () => {
    const name = `outage-${Date.now()}`
    const limit = sharedThrottle(name, { limit: 2, windowMs: 60_000 })
    await redis.stop()
    expect((await limit.attempt('203.0.113.9')).allowed).toBe(true)
    expect((await limit.attempt('203.0.113.9')).allowed).toBe(true)
    expect((await limit.attempt('203.0.113.9')).allowed).toBe(false)
    await redis.start()
    const { redisClient } = await import('@/lib/redis/client')
    for (let i = 0; i < 200 && !redisClient()?.isReady; i++) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(redisClient()?.isReady).toBe(true)
    const other = sharedThrottle(`${name}-after`, { limit: 1, windowMs: 60_000 })
    expect((await other.attempt('k')).allowed).toBe(true)
    expect((await sharedThrottle(`${name}-after`, { limit: 1, windowMs: 60_000 }).attempt('k')).allowed).toBe(false)
  })
})
