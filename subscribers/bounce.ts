import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { listNames } from './listNames'
import { BOUNCES_BEFORE_BOUNCED, BY_SYSTEM, CONSENT_CONTEXT, listIdOf, type SubscriptionRow } from './model'

/**
 * A permanent refusal of the address (5xx at RCPT TO): counted; after BOUNCES_BEFORE_BOUNCED in a
 * row the address is "bounced" on every list it was subscribed to, with a line in its record, and
 * gets no more sends until it signs up again. A delivery that goes through resets the count.
 */
export async function recordBounce(payload: Payload, subscriber: number): Promise<void> {
  const { rows } = await payload.db.drizzle.execute(sql`
    UPDATE subscribers SET bounces = coalesce(bounces, 0) + 1 WHERE id = ${subscriber} RETURNING bounces::int AS bounces`)
  const bounces = (rows[0] as { bounces?: number } | undefined)?.bounces ?? 0
  if (bounces < BOUNCES_BEFORE_BOUNCED) return
  const doc = await payload.findByID({ collection: 'subscribers', id: subscriber, depth: 0, overrideAccess: true, disableErrors: true })
  const rowsNow = (doc?.subscriptions ?? []) as SubscriptionRow[]
  const subscribed = rowsNow.filter((r) => r.status === 'subscribed').map(listIdOf)
  if (!doc || subscribed.length === 0) return
  const names = await listNames(payload, subscribed)
  await payload.update({
    collection: 'subscribers',
    id: subscriber,
    data: { subscriptions: rowsNow.map((r) => ({ id: r.id, list: listIdOf(r), status: r.status === 'subscribed' ? ('bounced' as const) : r.status })) },
    context: { [CONSENT_CONTEXT]: [{ at: new Date().toISOString(), event: 'bounced', lists: subscribed.map((l) => names.get(l)).join(', '), by: BY_SYSTEM }] },
    overrideAccess: true,
  })
}

export async function recordDelivered(payload: Payload, subscriber: number): Promise<void> {
  await payload.db.drizzle.execute(sql`UPDATE subscribers SET bounces = 0 WHERE id = ${subscriber} AND bounces > 0`)
}
