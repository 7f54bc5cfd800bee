/**
 * What mail that came back does to an address (returns/ decides which; this is how): a hard
 * bounce, or soft ones piling up, make it "bounced" on every list; a complaint unsubscribes it from
 * every list; an unsubscribe by mail takes it off the lists that send went to. Each change is a
 * line in its consent record, by the system, and nothing is changed twice: an address already off
 * a list is left as it is. A later send skips it (subscribers/recipients.ts counts "subscribed" only).
 *
 * One SQL statement per change, not a Payload update: a provider's feedback loop or a send to an
 * old list brings thousands of returns at once, and rewriting an address's every list and line of
 * its record for each took 15 ms where this takes under one (npm run bench:mail). The statement
 * does what collections/Subscribers/hooks/keepConsentRecord.ts does for the other flows: appends
 * one line to the record (the array table's next row), never rewrites one — and counts the change
 * for the lists' figures (statistics/listChanges.ts), in the same statement.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { sqlDb } from '@/lib/database/sqlDb'
import { countMoved } from '@/statistics/listChanges'

import { BY_SYSTEM, type ConsentEvent, type SubscriptionStatus } from './model'

type SQL = ReturnType<typeof sql>

/** A row id as Payload makes them for array rows (24 hex digits). */
const ROW_ID = sql`substr(md5(random()::text || clock_timestamp()::text), 1, 24)`

/**
 * Moves the rows in `from` (of `only` lists, or all) to `to`, and records it as `event` by `by`
 * with `note`; the names of the lists it changed (as they are called now), in the address's order.
 */
export async function moveRows(
  payload: Payload,
  subscriber: number,
  change: { from: SubscriptionStatus[]; to: SubscriptionStatus; event: ConsentEvent; only?: number[] | null; by?: string; note?: string | null; resetBounces?: boolean },
  req?: Partial<Pick<PayloadRequest, 'transactionID'>>,
): Promise<string[]> {
  const db = await sqlDb(payload, req)
  const only: SQL = change.only ? (change.only.length > 0 ? sql`AND ss.list_id IN (${sql.join(change.only.map((id) => sql`${id}`), sql`, `)})` : sql`AND false`) : sql``
  const statuses = sql.join(change.from.map((status) => sql`${status}`), sql`, `)
  const { rows } = await db.execute(sql`
    WITH old AS (
      SELECT ss.id, ss.status FROM subscribers_subscriptions ss
      WHERE ss._parent_id = ${subscriber} AND ss.status IN (${statuses}) ${only}
      FOR UPDATE),
    moved AS (
      UPDATE subscribers_subscriptions ss SET status = ${change.to}
      FROM old WHERE ss.id = old.id AND ss.status = old.status
      RETURNING ss.list_id, ss._order, old.status AS was),
    named AS (
      SELECT array_agg(coalesce(ml.name, '#' || m.list_id) ORDER BY m._order) AS names
      FROM moved m LEFT JOIN mailing_lists ml ON ml.id = m.list_id),
    line AS (
      INSERT INTO subscribers_consent (_order, _parent_id, id, at, event, lists, by, note)
      SELECT coalesce((SELECT max(_order) FROM subscribers_consent WHERE _parent_id = ${subscriber}), 0) + 1, ${subscriber}, ${ROW_ID}, now(), ${change.event}, array_to_string(names, ', '), ${change.by ?? BY_SYSTEM}, ${change.note ?? null}
      FROM named WHERE names IS NOT NULL
      RETURNING 1),
    touched AS (
      UPDATE subscribers SET updated_at = now() ${change.resetBounces ? sql`, bounces = 0` : sql``}
      WHERE id = ${subscriber} AND EXISTS (SELECT 1 FROM moved)),
    counted AS (${countMoved(change.to, change.from)})
    SELECT names FROM named`)
  return (rows[0] as { names: string[] | null } | undefined)?.names ?? []
}

const ACTIVE: SubscriptionStatus[] = ['subscribed', 'pending']

/** "Studsar" on every list it was on or waiting for. */
export const suppressBounced = (payload: Payload, subscriber: number): Promise<string[]> => moveRows(payload, subscriber, { from: ACTIVE, to: 'bounced', event: 'bounced' })

/** Off every list after a spam complaint: mailed again only when the address itself chooses it (a confirmed sign-up, its own link's page). */
export const unsubscribeComplainer = (payload: Payload, subscriber: number): Promise<string[]> =>
  moveRows(payload, subscriber, { from: ACTIVE, to: 'unsubscribed', event: 'complained' })

/** Off the lists a send went to, after an unsubscribe by mail from that send. */
export const unsubscribeByMail = (payload: Payload, subscriber: number, lists: number[]): Promise<string[]> =>
  moveRows(payload, subscriber, { from: ACTIVE, to: 'unsubscribed', event: 'mailUnsubscribed', only: lists })
