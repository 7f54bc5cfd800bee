/**
 * The durable record of what readers' caches must forget (table cache_expiries, migration
 * …_cache_expiries): one row per expired tag, numbered in the order it was written. Every process
 * that changes content — the web server inside or outside a request, the job runner in it or on
 * its own, the CLI — writes here, and every process that caches listens (lib/cache/expiryWatch.ts).
 * A cached entry remembers the highest number its process knew when it began to render, and is
 * fresh while none of its tags has a higher one. Numbers, not clocks: servers need not agree on
 * the time, and an expiry recorded while a server was down still holds when it starts.
 *
 * The row is written after the change has committed (lib/cache/afterCommit.ts), so its number is
 * higher than any render that could have read the old content; a copy written inside the change's
 * own transaction keeps the expiry if the process dies between the commit and that write.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { sqlDb } from '@/lib/database/sqlDb'

import { afterCommit } from './afterCommit'
import { EVERYTHING, EXPIRY_CHANNEL, learnExpiry } from './expiryWatch'

type Drizzle = Payload['db']['drizzle']

/** Records the tags as expired now and announces it; returns the number given. */
async function record(db: Drizzle, tags: string[]): Promise<number> {
  const { rows } = await db.execute(sql`
    WITH recorded AS (
      INSERT INTO cache_expiries (tag) SELECT DISTINCT jsonb_array_elements_text(${JSON.stringify(tags)}::jsonb) RETURNING id, tag)
    SELECT max(id)::text AS id,
      pg_notify(${EXPIRY_CHANNEL}, json_build_object('id', max(id), 'tags', json_agg(tag))::text)
    FROM recorded`)
  return Number((rows[0] as { id: string }).id)
}

/**
 * Keeps the record small: an expiry replaces the older rows of its tags once they are a day old
 * (a watch only ever needs each tag's newest number; a day covers any process catching up).
 */
async function forgetOlder(db: Drizzle, tags: string[], newest: number): Promise<void> {
  await db.execute(sql`
    DELETE FROM cache_expiries
    WHERE tag IN (SELECT jsonb_array_elements_text(${JSON.stringify(tags)}::jsonb)) AND id < ${newest} AND expired_at < now() - interval '1 day'`)
}

/**
 * Expires the tags for every process, now and durably: within the request's transaction when it
 * has one (kept or dropped with the change), and again once it has committed. This process knows
 * at once; the others within milliseconds (LISTEN/NOTIFY) or at their next look (every few seconds).
 */
export async function recordExpiry(payload: Payload, tags: string[], req?: PayloadRequest): Promise<void> {
  if (tags.length === 0) return
  const afterwards = async () => {
    const id = await record(payload.db.drizzle, tags)
    learnExpiry(id, tags)
    await forgetOlder(payload.db.drizzle, tags, id)
  }
  const inTransaction = req ? await sqlDb(payload, req) : payload.db.drizzle
  if (req && inTransaction !== payload.db.drizzle) {
    await record(inTransaction, tags)
    if (await afterCommit(payload, req, afterwards)) return
  }
  await afterwards()
}

/** Expires every cached page and read at once (a reset seed, a generated archive written without hooks). */
export const recordExpiryOfEverything = (payload: Payload): Promise<void> => recordExpiry(payload, [EVERYTHING])

