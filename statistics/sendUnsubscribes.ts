import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * An unsubscribe that came by a send's own link (its one-click), counted for the send per day
 * (`send_unsubscribes`) — not who. The send's statistics count those within
 * UNSUBSCRIBE_WINDOW_DAYS of its start; unsubscribes by mail are its returns (returns/).
 */
export async function countSendUnsubscribe(payload: Payload, sending: number): Promise<void> {
  await payload.db.drizzle.execute(sql`
    INSERT INTO send_unsubscribes (sending_id, day, n)
    SELECT id, (now() AT TIME ZONE 'Europe/Stockholm')::date, 1 FROM sendings WHERE id = ${sending}
    ON CONFLICT (sending_id, day) DO UPDATE SET n = send_unsubscribes.n + 1`)
}
