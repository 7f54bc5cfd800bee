// @ts-check
/* global console, process, setTimeout, clearTimeout, Buffer */
/**
 * Next.js's cache (`cacheHandler` in next.config.ts) on Redis, when REDIS_URL is set: every
 * instance reads and writes the same entries, and a tag expired on one (a publish) is expired for
 * all. Written to Next's documented CacheHandler interface (get, set, revalidateTag,
 * resetRequestCache). Plain JavaScript, because Next imports this file by its path at run time
 * and in `next build`, outside its bundler and without a TypeScript loader.
 *
 * Entries are JSON under `rus:cache:<key>` (Buffers as base64), with the tags they carry; a tag's
 * expiry time is kept in the hash `rus:tags`. An entry is fresh unless one of its tags (or the
 * path tags Next adds, ctx.softTags) expired after it was written — what Next's own file cache
 * does with its in-process tags manifest. If Redis is away, reads miss (the page is made from the
 * database, as on a first visit), writes and expiries are dropped with a log line, nothing throws;
 * the client reconnects by itself and sharing resumes without a restart.
 */
import { createClient } from 'redis'

const PREFIX = 'rus:cache:'
const TAGS = 'rus:tags'
/** Entries nobody has asked for in a week leave Redis by themselves. */
const MAX_AGE_SECONDS = 7 * 24 * 60 * 60
const COMMAND_TIMEOUT_MS = 500

/** Sets each tag's expiry unless a later one is there already (an expiry sent late must not undo a newer one). */
const RAISE_EXPIRIES = `for i = 1, #ARGV, 2 do
  local current = tonumber(redis.call('HGET', KEYS[1], ARGV[i]) or '0')
  if current < tonumber(ARGV[i + 1]) then redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
end
return 1`

const raiseExpiries = (/** @type {any} */ client, /** @type {Map<string, string> | [string, string][]} */ expiries) =>
  client.eval(RAISE_EXPIRIES, { keys: [TAGS], arguments: [...expiries].flat() })

/** @type {import('redis').RedisClientType | null} */
let client = null
let lastComplaint = 0
/** Expiries this process could not share while Redis was away, sent again when it is back. */
const unshared = new Map()

function complain(/** @type {string} */ what, /** @type {unknown} */ error) {
  // One line a minute at most, however many requests meet the outage.
  if (Date.now() - lastComplaint < 60_000) return
  lastComplaint = Date.now()
  console.warn(`▸ Shared cache (Redis) ${what}: ${error instanceof Error ? error.message : String(error)}; serving from the app meanwhile.`)
}

/** One client per process, connected on first use and reconnecting on its own. */
function redis() {
  if (!client) {
    client = createClient({
      url: process.env.REDIS_URL,
      // Fail fast while Redis is away instead of queueing commands for when it returns.
      disableOfflineQueue: true,
      socket: { connectTimeout: COMMAND_TIMEOUT_MS, reconnectStrategy: (retries) => Math.min(250 * 2 ** retries, 5000) },
    })
    client.on('error', (error) => complain('unreachable', error))
    client.on('ready', () => {
      if (unshared.size === 0) return
      const expiries = [...unshared]
      unshared.clear()
      raiseExpiries(client, expiries).catch((/** @type {unknown} */ error) => complain('expiry not shared', error))
    })
    client.connect().catch((error) => complain('unreachable', error))
  }
  return client
}

/** A command that gives up after COMMAND_TIMEOUT_MS, so a stalled Redis never stalls a page. */
async function within(/** @type {Promise<any>} */ command) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), COMMAND_TIMEOUT_MS)
  })
  try {
    return await Promise.race([command, timeout])
  } finally {
    clearTimeout(timer)
  }
}

const encode = (/** @type {unknown} */ value) =>
  JSON.stringify(value, (_key, v) => (v && v.type === 'Buffer' && Array.isArray(v.data) ? { __buffer: Buffer.from(v.data).toString('base64') } : v))
const decode = (/** @type {string} */ text) => JSON.parse(text, (_key, v) => (v && typeof v.__buffer === 'string' ? Buffer.from(v.__buffer, 'base64') : v))

/** The tags an entry answers to: those it was written with, Next's path tags, and a route's own header. */
function tagsOf(/** @type {any} */ entry, /** @type {any} */ ctx) {
  const header = entry?.value?.headers?.['x-next-cache-tags']
  return [...(entry.tags ?? []), ...(ctx?.tags ?? []), ...(ctx?.softTags ?? []), ...(typeof header === 'string' ? header.split(',') : [])]
}

export default class RedisCacheHandler {
  /** @param {unknown} _context */
  constructor(_context) {}

  /**
   * @param {string} key
   * @param {any} ctx
   */
  async get(key, ctx) {
    try {
      const client = redis()
      if (!client.isReady) return null
      const text = await within(client.get(PREFIX + key))
      if (!text) return null
      const entry = decode(text)
      const tags = [...new Set(tagsOf(entry, ctx))]
      if (tags.length > 0) {
        const expiries = await within(client.hmGet(TAGS, tags))
        const now = Date.now()
        for (const at of expiries) {
          const expired = Number(at)
          if (at !== null && expired > entry.lastModified && expired <= now) return null
        }
      }
      return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl }
    } catch (error) {
      complain('read failed', error)
      return null
    }
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {any} ctx
   */
  async set(key, data, ctx) {
    try {
      const client = redis()
      if (!client.isReady) return
      const entry = { lastModified: Date.now(), value: data, tags: ctx?.tags ?? data?.tags ?? [], cacheControl: ctx?.cacheControl }
      await within(client.set(PREFIX + key, encode(entry), { EX: MAX_AGE_SECONDS }))
    } catch (error) {
      complain('write failed', error)
    }
  }

  /**
   * Expires the tags for every instance: now (the publish the app sends, { expire: 0 }), or after
   * `expire` seconds.
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags
    if (list.length === 0) return
    const at = Date.now() + (durations?.expire ?? 0) * 1000
    try {
      await within(raiseExpiries(redis(), list.map((tag) => [tag, String(at)])))
    } catch (error) {
      // Every instance still serves entries it cannot check; this one sends the expiry on reconnect.
      for (const tag of list) unshared.set(tag, String(at))
      complain('expiry not shared yet', error)
    }
  }

  resetRequestCache() {}
}
