/**
 * What this process knows of the expiry record (lib/cache/expiryLog.ts): for each tag the
 * highest number it was expired under, and the highest number seen at all. Loaded from
 * PostgreSQL when the watch starts, kept current by LISTEN (a notification arrives when an expiry
 * commits, from any process) and, as a safety net, by a look every few seconds; after a lost
 * connection it reloads everything before trusting itself again.
 *
 * Only a process that watches caches anything (the web server); the job runner on its own and the
 * CLI read the database directly and only write expiries. One watch per process, shared by the
 * server's own code and Next's bundles (which load this module separately) through globalThis.
 */
import pg from 'pg'

/** What a cached entry carries to be judged later: the record it was made under, and how far it knew it. */
export type Stamp = { epoch: string; seen: number }

type Knowledge = { epoch: string; seen: number; expiries: Map<string, number> }

type Watch = {
  knowledge: Knowledge | null
  client: pg.Client | null
  started: boolean
  /** Called with each expiry this process learns (the readers' caches drop entries early). */
  listeners: Set<(tags: string[]) => void>
}

/** The PostgreSQL channel each recorded expiry is announced on (delivered when it commits). */
export const EXPIRY_CHANNEL = 'rus_cache_expiry'
/** How the watch's connection shows in pg_stat_activity. */
export const WATCH_NAME = 'rus-expiry-watch'
const LOOK_EVERY_MS = 5_000
const RECONNECT_MS = 1_000
/** Expires every entry (a restored backup, a reset seed). */
export const EVERYTHING = '*'

const KEY = Symbol.for('nytt-fran-rus.expiryWatch')
const watch = ((globalThis as { [KEY]?: Watch })[KEY] ??= { knowledge: null, client: null, started: false, listeners: new Set() })

/** The stamp for an entry whose render starts now; null while nothing is known (then nothing is cached). */
export function currentStamp(): Stamp | null {
  const known = watch.knowledge
  return known ? { epoch: known.epoch, seen: known.seen } : null
}

/** Whether an entry with these tags, made under this stamp, still shows what readers should see. */
export function isFresh(stamp: Stamp, tags: readonly string[]): boolean {
  const known = watch.knowledge
  if (!known || stamp.epoch !== known.epoch) return false
  if ((known.expiries.get(EVERYTHING) ?? 0) > stamp.seen) return false
  for (const tag of tags) if ((known.expiries.get(tag) ?? 0) > stamp.seen) return false
  return true
}

/** Takes an expiry into what this process knows (its own at once, others' as they are announced). */
export function learnExpiry(id: number, tags: string[]): void {
  const known = watch.knowledge
  if (!known || !Number.isFinite(id)) return
  for (const tag of tags) if ((known.expiries.get(tag) ?? 0) < id) known.expiries.set(tag, id)
  if (id > known.seen) known.seen = id
  for (const listener of watch.listeners) listener(tags)
}

export function onExpiry(listener: (tags: string[]) => void): void {
  watch.listeners.add(listener)
}

/**
 * Starts knowing a record: its epoch and each tag's highest number. The watch does this when it
 * (re)loads; unit tests do it to stand in for a database.
 */
export function adoptRecord(epoch: string, expiries: Map<string, number>): void {
  watch.knowledge = { epoch, seen: Math.max(0, ...expiries.values()), expiries }
}

async function load(client: pg.Client): Promise<void> {
  const [state, rows] = await Promise.all([
    client.query<{ epoch: string }>('SELECT epoch::text FROM cache_state'),
    client.query<{ tag: string; id: string }>('SELECT tag, max(id)::text AS id FROM cache_expiries GROUP BY tag'),
  ])
  adoptRecord(state.rows[0]?.epoch ?? '', new Map(rows.rows.map((row) => [row.tag, Number(row.id)])))
}

/** Expiries recorded since the last one known, should a notification have been missed. */
async function look(client: pg.Client): Promise<void> {
  const known = watch.knowledge
  if (!known) return
  const [state, rows] = await Promise.all([
    client.query<{ epoch: string }>('SELECT epoch::text FROM cache_state'),
    client.query<{ tag: string; id: string }>('SELECT tag, max(id)::text AS id FROM cache_expiries WHERE id > $1 GROUP BY tag', [known.seen]),
  ])
  if (state.rows[0]?.epoch !== known.epoch) return load(client)
  for (const row of rows.rows) learnExpiry(Number(row.id), [row.tag])
}

/** An expiry { id, tags }; anything else (a new epoch after a restore) makes the watch read the record again. */
function announced(message: pg.Notification, client: pg.Client, lost: () => void): void {
  let parsed: { id?: unknown; tags?: unknown } = {}
  try {
    parsed = JSON.parse(message.payload ?? '{}') as typeof parsed
  } catch {
    // Read below from the record itself.
  }
  const { id, tags } = parsed
  if (typeof id === 'number' && Array.isArray(tags) && tags.every((tag) => typeof tag === 'string')) learnExpiry(id, tags)
  else void look(client).catch(lost)
}

async function connect(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: WATCH_NAME, keepAlive: true, connectionTimeoutMillis: 5_000, query_timeout: 5_000 })
  const timer: { looking?: NodeJS.Timeout } = {}
  const lost = () => {
    clearInterval(timer.looking)
    if (watch.client !== client) return
    watch.client = null
    client.end().catch(() => undefined)
    // Known expiries stay: during an outage nothing can change, and cached pages keep being served.
    setTimeout(() => void connect(databaseUrl).catch(() => undefined), RECONNECT_MS).unref()
  }
  client.on('error', lost)
  client.on('end', lost)
  client.on('notification', (message) => announced(message, client, lost))
  try {
    await client.connect()
    await client.query(`LISTEN ${EXPIRY_CHANNEL}`)
    // Loaded after LISTEN, so nothing committed in between is missed.
    await load(client)
    watch.client = client
  } catch {
    watch.client = client
    lost()
    return
  }
  timer.looking = setInterval(() => void look(client).catch(lost), LOOK_EVERY_MS)
  timer.looking.unref()
}

/** Starts this process's watch once; later calls return at once. Resolves when it first knows the record (or failed to, and retries). */
export async function startExpiryWatch(databaseUrl: string): Promise<void> {
  if (watch.started) return
  watch.started = true
  await connect(databaseUrl)
}

/**
 * After a backup is restored, the record in it is older than entries made since (Redis keeps
 * them): a new epoch makes every entry made before it stale, and listening servers reload.
 */
export const RENEW_EPOCH_SQL = `UPDATE cache_state SET epoch = gen_random_uuid();
SELECT pg_notify('${EXPIRY_CHANNEL}', json_build_object('epoch', (SELECT epoch FROM cache_state))::text)`
