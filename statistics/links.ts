/**
 * The short links of sends, in PostgreSQL (`send_links`): written once when a send is queued, never
 * changed, kept as long as the send's record (the archive) is — so a link in a message read years
 * later still leads where it led.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { sqlDb } from '@/lib/database/sqlDb'

import type { SendLink } from './shortLinks'

/** In the request's transaction: the links stand or fall with the send. */
export async function storeLinks(payload: Payload, req: PayloadRequest, sending: number, links: SendLink[]): Promise<void> {
  if (links.length === 0) return
  const db = await sqlDb(payload, req)
  const values = sql.join(links.map((link) => sql`(${sending}, ${link.n}, ${link.url}, ${link.label})`), sql`, `)
  await db.execute(sql`INSERT INTO send_links (sending_id, n, url, label) VALUES ${values} ON CONFLICT (sending_id, n) DO NOTHING`)
}
