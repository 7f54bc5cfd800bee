/**
 * The record of one return (the `returns` collection's table), written in one statement: kept
 * once under its key — a second reader of the same report finds the key taken and keeps nothing.
 * SQL rather than a Payload create because a feedback loop brings returns by the thousand and the
 * collection has nothing a create would add (no hooks; nobody writes it through the API).
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { ReturnKind, ReturnSource } from './model'

export type ReturnRecord = {
  key: string
  kind: ReturnKind
  summary: string
  source: ReturnSource
  sending: number | null
  delivery: number | null
  subscriber: number | null
  address: string | null
  status: string | null
  diagnostic: string | null
  reportingMta: string | null
  reportId: string | null
  reportDate: string | null
  feedbackType: string | null
  why: string | null
  outcome: string
  evidence: string | null
}

/** The return kept under this key, if any: what it was and what it did. */
export async function recordOf(payload: Payload, key: string): Promise<{ kind: ReturnKind; outcome: string } | null> {
  const { rows } = await payload.db.drizzle.execute(sql`SELECT kind, outcome FROM returns WHERE key = ${key}`)
  const row = rows[0] as { kind: ReturnKind; outcome: string | null } | undefined
  return row ? { kind: row.kind, outcome: row.outcome ?? '' } : null
}

/** Keeps the record; false when its key was taken meanwhile (the earlier record stands). */
export async function keepRecord(payload: Payload, r: ReturnRecord): Promise<boolean> {
  const { rows } = await payload.db.drizzle.execute(sql`
    INSERT INTO returns (key, kind, summary, received_at, source, sending_id, delivery_id, subscriber_id, address, status, diagnostic,
      reporting_mta, report_id, report_date, feedback_type, why, outcome, evidence, updated_at, created_at)
    VALUES (${r.key}, ${r.kind}, ${r.summary}, now(), ${r.source}, ${r.sending}, ${r.delivery}, ${r.subscriber}, ${r.address}, ${r.status}, ${r.diagnostic},
      ${r.reportingMta}, ${r.reportId}, ${r.reportDate}, ${r.feedbackType}, ${r.why}, ${r.outcome}, ${r.evidence}, now(), now())
    ON CONFLICT (key) DO NOTHING
    RETURNING id`)
  return rows.length > 0
}
