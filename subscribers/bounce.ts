import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { BOUNCES_BEFORE_BOUNCED } from './model'
import { suppressBounced } from './suppress'

/**
 * A permanent refusal of the address (5xx at RCPT TO): counted; after BOUNCES_BEFORE_BOUNCED in a
 * row the address is "bounced" on every list it was subscribed to, with a line in its record, and
 * gets no more sends until it signs up again. A delivery that goes through resets the count.
 */
export async function recordBounce(payload: Payload, subscriber: number): Promise<void> {
  const { rows } = await payload.db.drizzle.execute(sql`
    UPDATE subscribers SET bounces = coalesce(bounces, 0) + 1 WHERE id = ${subscriber} RETURNING bounces::int AS bounces`)
  const bounces = (rows[0] as { bounces?: number } | undefined)?.bounces ?? 0
  if (bounces >= BOUNCES_BEFORE_BOUNCED) await suppressBounced(payload, subscriber)
}

export async function recordDelivered(payload: Payload, subscriber: number): Promise<void> {
  await payload.db.drizzle.execute(sql`UPDATE subscribers SET bounces = 0 WHERE id = ${subscriber} AND bounces > 0`)
}
