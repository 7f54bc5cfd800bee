/**
 * A limit counted across every instance: in Redis when REDIS_URL is set (a sorted set of attempt
 * times per key, trimmed to the window), otherwise — and whenever Redis does not answer — in this
 * process's memory (lib/security/attemptThrottle.ts). A limit never fails a request: at worst it
 * counts per instance for as long as Redis is away.
 */
import { redisClient } from '@/lib/redis/client'

import { namedThrottle, type ThrottleVerdict } from './attemptThrottle'

type Options = { limit: number; windowMs: number }

const REDIS_TIMEOUT_MS = 300

export type SharedThrottle = {
  attempt: (key: string) => Promise<ThrottleVerdict>
  forgive: (key: string) => Promise<void>
}

async function within<T>(command: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([command, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), REDIS_TIMEOUT_MS)))])
  } finally {
    clearTimeout(timer)
  }
}

export function sharedThrottle(name: string, options: Options): SharedThrottle {
  const local = namedThrottle(name, options)
  const keyOf = (key: string) => `rus:limit:${name}:${key}`
  return {
    async attempt(key) {
      const redis = redisClient()
      if (!redis?.isReady) return local.attempt(key)
      const now = Date.now()
      const redisKey = keyOf(key)
      // One member per attempt (time plus a random part, so two at the same millisecond both count),
      // added in the same transaction that counts: attempts on several instances at once cannot all
      // see room for one more. An attempt over the limit takes its member back out.
      const member = `${now}-${Math.random().toString(36).slice(2)}`
      try {
        const [, , count, oldest] = (await within(
          redis
            .multi()
            .zRemRangeByScore(redisKey, 0, now - options.windowMs)
            .zAdd(redisKey, { score: now, value: member })
            .zCard(redisKey)
            .zRangeWithScores(redisKey, 0, 0)
            .pExpire(redisKey, options.windowMs)
            .exec(),
        )) as unknown as [number, number, number, { score: number }[]]
        if (count <= options.limit) return { allowed: true }
        await within(redis.zRem(redisKey, member)).catch(() => undefined)
        const first = oldest[0]?.score ?? now
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((first + options.windowMs - now) / 1000)) }
      } catch {
        return local.attempt(key)
      }
    },
    async forgive(key) {
      local.forgive(key)
      const redis = redisClient()
      if (!redis?.isReady) return
      await within(redis.zPopMax(keyOf(key))).catch(() => undefined)
    },
  }
}
