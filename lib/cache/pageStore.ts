/**
 * Finished answers of readers' routes, as bytes: in this process's memory (bounded in entries and
 * bytes, least recently used out first) and, with REDIS_URL, in Redis, shared by every instance.
 * An entry carries the tags its reads reported and the stamp it was made under; whoever takes it
 * out asks the expiry watch whether it is still fresh (lib/cache/expiryWatch.ts). The server serves
 * from memory before Next is asked (server.ts); the route serves from memory or Redis, or renders.
 *
 * Redis may be away: then reads miss and writes are dropped with a log line, nothing throws, and
 * the instance renders from the database until Redis is back (no restart needed).
 */
import { gzipSync } from 'node:zlib'

import { LRUCache } from 'lru-cache'

import { redisClient } from '@/lib/redis/client'

import { isFresh, type Stamp } from './expiryWatch'

export type PageEntry = {
  status: number
  /** Content-Type, Cache-Control, ETag and the route's own (Content-Disposition, …). */
  headers: Record<string, string>
  body: Buffer
  /** The body gzip-compressed, for clients that take it (text only, 1 KB and more). */
  gzip: Buffer | null
  tags: string[]
  stamp: Stamp
  /** When a page that depends on today's date is made again (ms since 1970), else null. */
  staleAt: number | null
}

export type Lookup = { entry: PageEntry; fresh: true } | { entry: PageEntry; fresh: false; expired: 'time' | 'tags' } | null

const MEMORY_BYTES = 64 * 1024 * 1024
const MEMORY_ENTRIES = 5_000
const REDIS_PREFIX = 'rus:page:'
/** Entries nobody has asked for in a week leave Redis by themselves. */
const REDIS_MAX_AGE_SECONDS = 7 * 24 * 60 * 60
const REDIS_TIMEOUT_MS = 500

const COMPRESSIBLE = /^(text\/|application\/(xml|json|rss\+xml|atom\+xml|javascript))/
const MIN_GZIP_BYTES = 1024

/** The body gzip-compressed, when that is worth it for its type and size. */
export function gzipped(body: Buffer, contentType: string): Buffer | null {
  return body.length >= MIN_GZIP_BYTES && COMPRESSIBLE.test(contentType) ? gzipSync(body) : null
}

const KEY = Symbol.for('nytt-fran-rus.pageStore')
const memory = ((globalThis as { [KEY]?: LRUCache<string, PageEntry> })[KEY] ??= new LRUCache<string, PageEntry>({
  max: MEMORY_ENTRIES,
  maxSize: MEMORY_BYTES,
  sizeCalculation: (entry) => entry.body.length + (entry.gzip?.length ?? 0) + 512,
}))

function judge(entry: PageEntry): Lookup {
  if (!isFresh(entry.stamp, entry.tags)) return { entry, fresh: false, expired: 'tags' }
  if (entry.staleAt !== null && entry.staleAt <= Date.now()) return { entry, fresh: false, expired: 'time' }
  return { entry, fresh: true }
}

/** This process's entry for the key, judged; synchronous, for the server's front door. */
export function lookupInMemory(key: string): Lookup {
  const entry = memory.get(key)
  return entry ? judge(entry) : null
}

let lastComplaint = 0
function complain(what: string, error: unknown): void {
  if (Date.now() - lastComplaint < 60_000) return
  lastComplaint = Date.now()
  console.warn(`▸ Shared page cache (Redis) ${what}: ${error instanceof Error ? error.message : String(error)}; rendering on this instance meanwhile.`)
}

async function within<T>(command: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), REDIS_TIMEOUT_MS)
  })
  try {
    return await Promise.race([command, timeout])
  } finally {
    clearTimeout(timer)
  }
}

type Stored = Omit<PageEntry, 'body' | 'gzip'> & { body: string; gzip: string | null }

const encode = (entry: PageEntry): string => JSON.stringify({ ...entry, body: entry.body.toString('base64'), gzip: entry.gzip?.toString('base64') ?? null } satisfies Stored)
const decode = (text: string): PageEntry => {
  const stored = JSON.parse(text) as Stored
  return { ...stored, body: Buffer.from(stored.body, 'base64'), gzip: stored.gzip === null ? null : Buffer.from(stored.gzip, 'base64') }
}

async function lookupShared(key: string): Promise<PageEntry | null> {
  const redis = redisClient()
  if (!redis?.isReady) return null
  try {
    const text = await within(redis.get(REDIS_PREFIX + key))
    return text ? decode(text) : null
  } catch (error) {
    complain('read failed', error)
    return null
  }
}

/** The entry for the key from memory or, on a miss there, from Redis (then kept in memory too), judged. */
export async function lookupPage(key: string): Promise<Lookup> {
  const inMemory = lookupInMemory(key)
  if (inMemory?.fresh) return inMemory
  const shared = await lookupShared(key)
  if (!shared) return inMemory
  const judged = judge(shared)
  if (judged?.fresh) memory.set(key, shared)
  return judged?.fresh || !inMemory ? judged : inMemory
}

/** Keeps the entry in memory and, with REDIS_URL, for every instance. */
export function keepPage(key: string, entry: PageEntry): void {
  memory.set(key, entry)
  const redis = redisClient()
  if (!redis?.isReady) return
  within(redis.set(REDIS_PREFIX + key, encode(entry), { EX: REDIS_MAX_AGE_SECONDS })).catch((error: unknown) => complain('write failed', error))
}

/** How much the memory holds (the growth test and the bench read it). */
export const pagesInMemory = (): { entries: number; bytes: number } => ({ entries: memory.size, bytes: memory.calculatedSize })
