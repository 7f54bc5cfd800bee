/**
 * The deliveries of a send, in PostgreSQL. The rules that make sending safe live in these
 * statements:
 *
 * - The recipients are fixed when the send is queued: one row per subscribed address on the
 *   lists, each address once (DISTINCT over the subscriptions), and never one the issue already
 *   reached (ON CONFLICT on the unique (issue, subscriber)).
 * - A runner claims a batch by setting a lease (claimed_until) on rows nobody holds, in one
 *   UPDATE whose subquery skips rows another runner has locked (FOR UPDATE SKIP LOCKED): two
 *   runners never hold the same row. A runner that dies leaves its lease to run out; then the row
 *   is claimed again (at least once: a message whose acceptance was not yet recorded is sent again,
 *   with the same Message-ID).
 * - Each outcome is recorded as the server answers: a refusal at once, the accepted ones in groups
 *   a few milliseconds apart (sending/accepted.ts), so a runner that dies sends again at most what
 *   was in flight and the last few milliseconds' messages.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { sqlDb } from '@/lib/database/sqlDb'

import type { DeliveryStatus } from './model'

const idList = (ids: number[]) => sql.join(ids.map((id) => sql`${id}`), sql`, `)

/** Subscribers subscribed to any of the lists, each once, who have not had this issue. */
const recipientsOf = (issue: number, lists: number[]) => sql`
  SELECT s.id, s.email FROM subscribers s
  WHERE EXISTS (SELECT 1 FROM subscribers_subscriptions ss WHERE ss._parent_id = s.id AND ss.list_id IN (${idList(lists)}) AND ss.status = 'subscribed')
    AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.issue_id = ${issue} AND d.subscriber_id = s.id)`

export type RecipientCount = { toSend: number; alreadySent: number }

export async function countRecipients(payload: Payload, issue: number, lists: number[]): Promise<RecipientCount> {
  if (lists.length === 0) return { toSend: 0, alreadySent: 0 }
  const { rows } = await payload.db.drizzle.execute(sql`
    SELECT
      (SELECT count(*)::int FROM (${recipientsOf(issue, lists)}) r) AS to_send,
      (SELECT count(DISTINCT s.id)::int FROM subscribers s JOIN deliveries d ON d.subscriber_id = s.id AND d.issue_id = ${issue}
        WHERE EXISTS (SELECT 1 FROM subscribers_subscriptions ss WHERE ss._parent_id = s.id AND ss.list_id IN (${idList(lists)}) AND ss.status = 'subscribed')) AS already`)
  const row = rows[0] as { to_send: number; already: number }
  return { toSend: row.to_send, alreadySent: row.already }
}

/** Fixes the recipients of a queued send; returns how many. In the request's transaction. */
export async function insertDeliveries(payload: Payload, req: PayloadRequest, sending: number, issue: number, lists: number[], startAt: Date): Promise<number> {
  const db = await sqlDb(payload, req)
  const { rows } = await db.execute(sql`
    WITH inserted AS (
      INSERT INTO deliveries (sending_id, issue_id, subscriber_id, email, status, attempts, next_attempt_at, updated_at, created_at)
      SELECT ${sending}, ${issue}, r.id, r.email, 'queued', 0, ${startAt.toISOString()}, now(), now() FROM (${recipientsOf(issue, lists)}) r
      ORDER BY r.id
      ON CONFLICT (issue_id, subscriber_id) DO NOTHING
      RETURNING 1)
    SELECT count(*)::int AS n FROM inserted`)
  return (rows[0] as { n: number }).n
}

export type Claimed = {
  id: number
  subscriber: number | null
  email: string | null
  attempts: number
  createdAt: string
  unsubscribeKey: string | null
  stillSubscribed: boolean
  /** The address has refusals counted against it (subscribers/bounce.ts): a message that goes through clears them. */
  hasBounces: boolean
}

/** Claims up to `size` due rows of the send for `leaseMs`; with each, whether the address still wants it. */
export async function claimBatch(payload: Payload, sending: number, lists: number[], size: number, leaseMs: number): Promise<Claimed[]> {
  const { rows } = await payload.db.drizzle.execute(sql`
    WITH claimed AS (
      UPDATE deliveries SET claimed_until = now() + ${`${leaseMs} milliseconds`}::interval
      WHERE id IN (
        SELECT id FROM deliveries
        WHERE sending_id = ${sending} AND status = 'queued' AND next_attempt_at <= now() AND (claimed_until IS NULL OR claimed_until < now())
        ORDER BY id LIMIT ${size}
        FOR UPDATE SKIP LOCKED)
      RETURNING id, subscriber_id, email, attempts, created_at)
    SELECT c.id, c.subscriber_id, c.email, c.attempts::int AS attempts, c.created_at, s.unsubscribe_key, coalesce(s.bounces, 0) > 0 AS has_bounces,
      EXISTS (SELECT 1 FROM subscribers_subscriptions ss WHERE ss._parent_id = c.subscriber_id AND ss.list_id IN (${idList(lists)}) AND ss.status = 'subscribed') AS still_subscribed
    FROM claimed c LEFT JOIN subscribers s ON s.id = c.subscriber_id
    ORDER BY c.id`)
  type Row = { id: number; subscriber_id: number | null; email: string | null; attempts: number; created_at: string; unsubscribe_key: string | null; still_subscribed: boolean; has_bounces: boolean }
  return (rows as Row[]).map((r) => ({
    id: r.id,
    subscriber: r.subscriber_id,
    email: r.email,
    attempts: r.attempts,
    createdAt: String(r.created_at),
    unsubscribeKey: r.unsubscribe_key,
    stillSubscribed: r.still_subscribed,
    hasBounces: r.has_bounces,
  }))
}

/** Rows the server accepted, each with its Message-ID, in one statement (the runner groups them: sending/accepted.ts). */
export async function markSent(payload: Payload, rows: { id: number; messageId: string }[]): Promise<void> {
  if (rows.length === 0) return
  await payload.db.drizzle.execute(sql`
    UPDATE deliveries d SET status = 'sent', sent_at = now(), message_id = v."messageId", attempts = d.attempts + 1, claimed_until = NULL, error = NULL, updated_at = now()
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS v(id int, "messageId" text)
    WHERE d.id = v.id`)
}

/** A final outcome other than sent: failed (with the server's answer) or skipped (and why). */
export async function markFinal(payload: Payload, id: number, status: Exclude<DeliveryStatus, 'queued' | 'sent'>, error: string): Promise<void> {
  await payload.db.drizzle.execute(sql`
    UPDATE deliveries SET status = ${status}, error = ${error}, attempts = attempts + 1, claimed_until = NULL, updated_at = now() WHERE id = ${id}`)
}

/** Tried again at `at`: the server said "not now" to this address. */
export async function markRetry(payload: Payload, id: number, at: Date, error: string): Promise<void> {
  await payload.db.drizzle.execute(sql`
    UPDATE deliveries SET attempts = attempts + 1, next_attempt_at = ${at.toISOString()}, error = ${error}, claimed_until = NULL, updated_at = now() WHERE id = ${id}`)
}

/** Gives claimed rows back untried (the server could not be reached; they wait with the send). */
export async function release(payload: Payload, ids: number[]): Promise<void> {
  if (ids.length === 0) return
  await payload.db.drizzle.execute(sql`UPDATE deliveries SET claimed_until = NULL WHERE id IN (${idList(ids)})`)
}

export type Counts = Record<DeliveryStatus, number> & { total: number }

export async function countsOf(payload: Payload, sending: number): Promise<Counts> {
  const { rows } = await payload.db.drizzle.execute(sql`SELECT status, count(*)::int AS n FROM deliveries WHERE sending_id = ${sending} GROUP BY status`)
  const counts: Counts = { queued: 0, sent: 0, failed: 0, skipped: 0, total: 0 }
  for (const row of rows as { status: DeliveryStatus; n: number }[]) {
    counts[row.status] = row.n
    counts.total += row.n
  }
  return counts
}

export type Failure = { email: string | null; error: string | null; at: string }

export async function failuresOf(payload: Payload, sending: number, limit = 50): Promise<Failure[]> {
  const { rows } = await payload.db.drizzle.execute(sql`
    SELECT email, error, updated_at FROM deliveries WHERE sending_id = ${sending} AND status = 'failed' ORDER BY updated_at DESC LIMIT ${limit}`)
  return (rows as { email: string | null; error: string | null; updated_at: string }[]).map((r) => ({ email: r.email, error: r.error, at: String(r.updated_at) }))
}

/** The earliest moment something of the send is due again, or null when nothing is left to try. */
export async function nextDue(payload: Payload, sending: number): Promise<Date | null> {
  const { rows } = await payload.db.drizzle.execute(sql`
    SELECT min(greatest(next_attempt_at, coalesce(claimed_until, next_attempt_at))) AS at FROM deliveries WHERE sending_id = ${sending} AND status = 'queued'`)
  const at = (rows[0] as { at: string | null }).at
  return at ? new Date(at) : null
}

/**
 * A cancelled send's untried rows are removed, so a later send of the issue can reach them. Rows a
 * runner holds right now are left to it (their messages may be on the wire); it drops what is
 * left when it sees the cancellation.
 */
export async function dropQueued(payload: Payload, sending: number, req?: PayloadRequest): Promise<number> {
  const db = await sqlDb(payload, req)
  const { rows } = await db.execute(sql`
    WITH gone AS (DELETE FROM deliveries WHERE sending_id = ${sending} AND status = 'queued' AND (claimed_until IS NULL OR claimed_until < now()) RETURNING 1)
    SELECT count(*)::int AS n FROM gone`)
  return (rows[0] as { n: number }).n
}

/**
 * A send's failed deliveries, again: queued now, to each subscriber's address as it is today (staff
 * may have corrected it), for subscribers still subscribed to one of the send's lists. In the
 * request's transaction; returns how many.
 */
export async function requeueFailed(payload: Payload, req: PayloadRequest, sending: number, lists: number[]): Promise<number> {
  if (lists.length === 0) return 0
  const db = await sqlDb(payload, req)
  const { rows } = await db.execute(sql`
    WITH again AS (
      UPDATE deliveries d SET status = 'queued', email = s.email, attempts = 0, error = NULL, next_attempt_at = now(), claimed_until = NULL, updated_at = now()
      FROM subscribers s
      WHERE d.sending_id = ${sending} AND d.status = 'failed' AND s.id = d.subscriber_id
        AND EXISTS (SELECT 1 FROM subscribers_subscriptions ss WHERE ss._parent_id = s.id AND ss.list_id IN (${idList(lists)}) AND ss.status = 'subscribed')
      RETURNING 1)
    SELECT count(*)::int AS n FROM again`)
  return (rows[0] as { n: number }).n
}

/** The address of a deleted subscriber leaves the record too (the counts stay). */
export async function forgetAddress(payload: Payload, req: PayloadRequest, subscriber: number): Promise<void> {
  const db = await sqlDb(payload, req)
  await db.execute(sql`UPDATE deliveries SET email = NULL, subscriber_id = NULL WHERE subscriber_id = ${subscriber}`)
}

/**
 * Sends to take up again: due (scheduled time passed, no pause from a server that was down),
 * nobody working on them (no heartbeat for 90 s: a runner that died, or none yet), and something
 * of them due now. The job that finds them queues runSending for each.
 */
export async function sendingsToResume(payload: Payload): Promise<number[]> {
  const { rows } = await payload.db.drizzle.execute(sql`
    SELECT s.id FROM sendings s
    WHERE s.kind = 'newsletter' AND s.status IN ('queued', 'sending', 'waiting')
      AND (s.scheduled_at IS NULL OR s.scheduled_at <= now())
      AND (s.paused_until IS NULL OR s.paused_until <= now())
      AND (s.heartbeat_at IS NULL OR s.heartbeat_at < now() - interval '90 seconds')
      AND EXISTS (SELECT 1 FROM deliveries d WHERE d.sending_id = s.id AND d.status = 'queued'
        AND d.next_attempt_at <= now() AND (d.claimed_until IS NULL OR d.claimed_until < now()))`)
  return (rows as { id: number }[]).map((r) => r.id)
}

/** Sends whose every row has an outcome, but which a runner did not get to mark done (it stopped). */
export async function finishedSendings(payload: Payload): Promise<number[]> {
  const { rows } = await payload.db.drizzle.execute(sql`
    SELECT s.id FROM sendings s
    WHERE s.kind = 'newsletter' AND s.status IN ('sending', 'waiting')
      AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.sending_id = s.id AND d.status = 'queued')`)
  return (rows as { id: number }[]).map((r) => r.id)
}

// The first of the two keys of the per-issue lock below (the second is the issue's id).
export const ISSUE_TURN_LOCK = 720_310_422

/**
 * Makes a send and a cancel of the same issue take turns, until the request's transaction ends:
 * a cancel that withdraws the issue's only copy must see every delivery of a send being made at
 * that moment, or it could withdraw the copy that send goes out as. (A transaction-scoped
 * advisory lock: editors saving the issue meanwhile are not held up.)
 */
export async function takeIssueTurn(payload: Payload, req: PayloadRequest, issue: number): Promise<void> {
  const db = await sqlDb(payload, req)
  await db.execute(sql`SELECT pg_advisory_xact_lock(${ISSUE_TURN_LOCK}, ${issue})`)
}
