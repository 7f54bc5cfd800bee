import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** The highest number in the record of cache expiries (lib/cache/expiryLog.ts), to look past later. */
export async function lastExpiry(payload: Payload): Promise<number> {
  const { rows } = await payload.db.drizzle.execute(sql`SELECT coalesce(max(id), 0)::text AS id FROM cache_expiries`)
  return Number((rows[0] as { id: string }).id)
}

/** The tags recorded as expired since that number, each once, sorted. */
export async function tagsExpiredSince(payload: Payload, since: number): Promise<string[]> {
  const { rows } = await payload.db.drizzle.execute(sql`SELECT DISTINCT tag FROM cache_expiries WHERE id > ${since} ORDER BY tag`)
  return (rows as { tag: string }[]).map((row) => row.tag)
}
