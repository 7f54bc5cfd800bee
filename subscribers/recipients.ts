/**
 * Who is on a list, asked of PostgreSQL directly. Payload's `where` on an array field matches
 * each condition against any row of it, so "on list 3 and subscribed" would also match someone
 * subscribed to list 4 who left list 3; the statements here join on the same row. Staff only:
 * callers check the role (these bypass Payload's access rules, as raw SQL does).
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

export async function countSubscribed(payload: Payload, listId: number): Promise<number> {
  const { rows } = await payload.db.drizzle.execute(sql`
    SELECT count(DISTINCT _parent_id)::int AS n FROM subscribers_subscriptions WHERE list_id = ${listId} AND status = 'subscribed'`)
  return Number((rows[0] as { n?: number } | undefined)?.n ?? 0)
}

export type ListMember = { email: string; name: string | null; organisation: string | null }

/** The confirmed addresses of a list, by address. */
export async function subscribedOn(payload: Payload, listId: number): Promise<ListMember[]> {
  const { rows } = await payload.db.drizzle.execute(sql`
    SELECT s.email, s.name, s.organisation FROM subscribers s
    WHERE EXISTS (SELECT 1 FROM subscribers_subscriptions ss WHERE ss._parent_id = s.id AND ss.list_id = ${listId} AND ss.status = 'subscribed')
    ORDER BY s.email`)
  return rows as ListMember[]
}
