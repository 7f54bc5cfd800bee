/**
 * The app's one Redis connection (REDIS_URL), for what instances share: the readers' page cache
 * (lib/cache/pageStore.ts) and the limits they count together (lib/security/sharedThrottle.ts).
 * Null without REDIS_URL. Connected on first use; commands fail at once while Redis is away (no
 * queue), and the client reconnects by itself. One per process, whichever bundle asks.
 */
import { createClient } from 'redis'

const connect = (url: string) =>
  createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 500, reconnectStrategy: (retries) => Math.min(250 * 2 ** retries, 5000) },
  })

type Client = ReturnType<typeof connect>

const KEY = Symbol.for('nytt-fran-rus.redis')
let lastComplaint = 0

export function redisClient(): Client | null {
  const url = process.env.REDIS_URL
  if (!url) return null
  const holder = globalThis as { [KEY]?: Client }
  if (!holder[KEY]) {
    const client = connect(url)
    client.on('error', (error: unknown) => {
      if (Date.now() - lastComplaint < 60_000) return
      lastComplaint = Date.now()
      console.warn(`▸ Redis unreachable (${error instanceof Error ? error.message : String(error)}); limits count in PostgreSQL and pages are kept on this instance meanwhile.`)
    })
    client.connect().catch(() => undefined)
    holder[KEY] = client
  }
  return holder[KEY]
}
