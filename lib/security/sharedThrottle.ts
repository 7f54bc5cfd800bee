/**
 * A limit counted across every instance and every restart: in Redis when REDIS_URL is set (a
 * sorted set of attempt times per key, trimmed to the window), otherwise — and whenever Redis does
 * not answer — in PostgreSQL (lib/security/limitTable.ts), and only while neither answers in this
 * process's memory (lib/security/attemptThrottle.ts). A limit never fails a request: at worst it
 * counts per instance for as long as both are away.
 */
import { redisClient } from '@/lib/redis/client'

import { namedThrottle, type ThrottleVerdict } from './attemptThrottle'
import { attemptInTable, countInTable, forgiveInTable, recordInTable, type Window } from './limitTable'

const REDIS_TIMEOUT_MS = 300

export type SharedThrottle = {
  /** Records an attempt and says whether it may go ahead. */
  attempt: (key: string) => Promise<ThrottleVerdict>
  /** Takes back the key's latest attempt. */
  forgive: (key: string) => Promise<void>
  /** How many attempts the window holds for the key. */
  count: (key: string) => Promise<number>
  /** Records an attempt whatever the count. */
  record: (key: string) => Promise<void>
}

async function within<T>(command: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([command, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), REDIS_TIMEOUT_MS)))])
  } finally {
    clearTimeout(timer)
  }
}

/** The Redis client when it is connected, else null (the table counts instead). */
const readyRedis = () => {
  const redis = redisClient()
  return redis?.isReady ? redis : null
}

export function sharedThrottle(name: string, options: Window): SharedThrottle {
  const local = namedThrottle(name, options)
  const keyOf = (key: string) => `rus:limit:${name}:${key}`

  /** Redis, else the table, else memory: the first that answers. */
  async function firstThatAnswers<T>(inRedis: ((redis: NonNullable<ReturnType<typeof readyRedis>>) => Promise<T>) | null, inTable: () => Promise<T>, inMemory: () => T): Promise<T> {
    const redis = readyRedis()
    if (redis && inRedis) {
      try {
        return await within(inRedis(redis))
      } catch {
        // Redis went away mid-command: the table counts.
      }
    }
    try {
      return await inTable()
    } catch {
      return inMemory()
    }
  }

  return {
    attempt: (key) =>
      firstThatAnswers(
        async (redis) => {
          const now = Date.now()
          const redisKey = keyOf(key)
          // One member per attempt (time plus a random part, so two at the same millisecond both
          // count), added in the same transaction that counts: attempts on several instances at once
          // cannot all see room for one more. An attempt over the limit takes its member back out.
          const member = `${now}-${Math.random().toString(36).slice(2)}`
          const [, , count, oldest] = (await redis
            .multi()
            .zRemRangeByScore(redisKey, 0, now - options.windowMs)
            .zAdd(redisKey, { score: now, value: member })
            .zCard(redisKey)
            .zRangeWithScores(redisKey, 0, 0)
            .pExpire(redisKey, options.windowMs)
            .exec()) as unknown as [number, number, number, { score: number }[]]
          if (count <= options.limit) return { allowed: true } as const
          await within(redis.zRem(redisKey, member)).catch(() => undefined)
          const first = oldest[0]?.score ?? now
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((first + options.windowMs - now) / 1000)) } as const
        },
        () => attemptInTable(name, key, options),
        () => local.attempt(key),
      ),
    forgive: async (key) => {
      local.forgive(key)
      await firstThatAnswers(
        async (redis) => void (await redis.zPopMax(keyOf(key))),
        () => forgiveInTable(name, key),
        () => undefined,
      )
    },
    count: (key) =>
      firstThatAnswers(
        async (redis) => {
          await redis.zRemRangeByScore(keyOf(key), 0, Date.now() - options.windowMs)
          return redis.zCard(keyOf(key))
        },
        () => countInTable(name, key, options),
        () => local.count(key),
      ),
    record: (key) =>
      firstThatAnswers(
        async (redis) => {
          const now = Date.now()
          await redis.multi().zAdd(keyOf(key), { score: now, value: `${now}-${Math.random().toString(36).slice(2)}` }).pExpire(keyOf(key), options.windowMs).exec()
        },
        () => recordInTable(name, key),
        () => local.record(key),
      ),
  }
}
