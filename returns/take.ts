/**
 * One return taken in: sorted (classify.ts), tied to what it answers by its tag, acted on
 * (subscribers/suppress.ts) and kept with its evidence in `returns` — once: a report read again
 * (a runner killed before it moved the message, the same report in two places) finds its record
 * by the report's own id and changes nothing.
 */
import { createHash } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { ReturnTag } from '@/lib/mail/returnPath'
import { suppressBounced, unsubscribeByMail, unsubscribeComplainer } from '@/subscribers/suppress'

import { classifyReturn, type Classified, type Failure } from './classify'
import { returnKindLabel, type ReturnKind, type ReturnSource } from './model'
import { keepRecord, recordOf } from './record'
import { softBounceRule } from './rules'

export type Taken = { kind: ReturnKind; outcome: string; duplicate: boolean }

type Target = { sending: number | null; delivery: number | null; subscriber: number | null; address: string | null; lists: number[]; test: boolean }

const asNumber = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value))

/** What the tag names, as the database has it now (one statement); null when it is gone (a deleted subscriber's delivery). */
async function targetOf(payload: Payload, tag: ReturnTag): Promise<Target | null> {
  const db = payload.db.drizzle
  if (tag.kind === 'd') {
    const { rows } = await db.execute(sql`
      SELECT d.id, d.sending_id, d.subscriber_id, d.email,
        coalesce((SELECT array_agg(r.mailing_lists_id ORDER BY r."order") FROM sendings_rels r WHERE r.parent_id = d.sending_id AND r.path = 'lists' AND r.mailing_lists_id IS NOT NULL), '{}') AS lists
      FROM deliveries d WHERE d.id = ${tag.id}`)
    const row = rows[0] as { id: number; sending_id: number | null; subscriber_id: number | null; email: string | null; lists: number[] } | undefined
    return row ? { sending: asNumber(row.sending_id), delivery: row.id, subscriber: asNumber(row.subscriber_id), address: row.email, lists: row.lists.map(Number), test: false } : null
  }
  if (tag.kind === 's') {
    const { rows } = await db.execute(sql`SELECT id, email FROM subscribers WHERE id = ${tag.id}`)
    const row = rows[0] as { id: number; email: string } | undefined
    return row ? { sending: null, delivery: null, subscriber: row.id, address: row.email, lists: [], test: false } : null
  }
  const { rows } = await db.execute(sql`SELECT id FROM sendings WHERE id = ${tag.id}`)
  const row = rows[0] as { id: number } | undefined
  return row ? { sending: row.id, delivery: null, subscriber: null, address: null, lists: [], test: true } : null
}

/** The failure about our recipient: the one naming its address, else the worst. */
function ourFailure(failures: Failure[], address: string | null): Failure | null {
  const same = address ? failures.find((f) => f.address?.toLowerCase() === address.toLowerCase()) : undefined
  return same ?? failures.find((f) => f.severity === 'hard') ?? failures[0] ?? null
}

async function softBouncesSince(payload: Payload, subscriber: number, days: number): Promise<number> {
  const { rows } = await payload.db.drizzle.execute(sql`
    SELECT count(*)::int AS n FROM returns WHERE subscriber_id = ${subscriber} AND kind = 'soft' AND received_at >= now() - ${`${days} days`}::interval`)
  return (rows[0] as { n: number }).n
}

const listed = (names: string[]) => names.join(', ')

async function act(payload: Payload, kind: ReturnKind, target: Target | null): Promise<string> {
  if (kind === 'autoReply') return 'Ignorerat: ett autosvar är ingen studs.'
  if (kind === 'unknown') return 'Ingenting ändrat: lämnat åt en person (Ej tolkat).'
  if (!target) return 'Ingenting ändrat: mottagaren finns inte längre i adressboken.'
  if (target.test) return 'Provutskick: ingen lista ändras.'
  if (target.subscriber === null) return 'Ingenting ändrat: mottagaren finns inte längre i adressboken.'
  if (kind === 'hard') {
    const names = await suppressBounced(payload, target.subscriber)
    return names.length > 0 ? `Adressen markerad som Studsar på: ${listed(names)}.` : 'Adressen fick redan inga utskick.'
  }
  if (kind === 'soft') {
    const rule = await softBounceRule(payload)
    const count = (await softBouncesSince(payload, target.subscriber, rule.days)) + 1
    if (count < rule.count) return `Tillfällig studs ${count} av ${rule.count} inom ${rule.days} dagar: adressen får utskick tills vidare.`
    const names = await suppressBounced(payload, target.subscriber)
    return names.length > 0 ? `${count} tillfälliga studsar inom ${rule.days} dagar: adressen markerad som Studsar på: ${listed(names)}.` : 'Adressen fick redan inga utskick.'
  }
  if (kind === 'complaint') {
    const names = await unsubscribeComplainer(payload, target.subscriber)
    return names.length > 0 ? `Avregistrerad från alla listor efter klagomål: ${listed(names)}. Får utskick igen först när adressen själv väljer det: en ny, bekräftad anmälan eller sidan bakom sin personliga länk.` : 'Adressen fick redan inga utskick.'
  }
  const names = await unsubscribeByMail(payload, target.subscriber, target.lists)
  return names.length > 0 ? `Avregistrerad från utskickets listor: ${listed(names)}.` : 'Adressen var redan avregistrerad från utskickets listor.'
}

const keyOf = (classified: Classified, raw: Buffer): string =>
  classified.reportId ? `id:${classified.reportId}` : `sha256:${createHash('sha256').update(raw).digest('hex')}`

/** One message read from the mailbox or the inbox folder. */
export async function takeReturn(payload: Payload, source: ReturnSource, raw: Buffer): Promise<Taken> {
  const classified = await classifyReturn(raw)
  return takeClassified(payload, source, classified, keyOf(classified, raw))
}

/** A return already sorted (by classify.ts, or from a provider's webhook), under its own key. */
export async function takeClassified(payload: Payload, source: ReturnSource, classified: Classified, key: string): Promise<Taken> {
  const earlier = await recordOf(payload, key)
  if (earlier) return { ...earlier, duplicate: true }

  const target = classified.tag ? await targetOf(payload, classified.tag) : null
  const failure = ourFailure(classified.failures, target?.address ?? null)
  // A bounce is as severe as the failure about our recipient (a report may name others too).
  const kind: ReturnKind = (classified.kind === 'hard' || classified.kind === 'soft') && failure ? failure.severity : classified.kind
  const outcome = await act(payload, kind, target)
  const address = target?.address ?? failure?.address ?? null
  const kept = await keepRecord(payload, {
    key,
    kind,
    summary: `${returnKindLabel(kind)}${address ? ` – ${address}` : ''}`,
    source,
    sending: target?.sending ?? null,
    delivery: target?.delivery ?? null,
    subscriber: target?.subscriber ?? null,
    address,
    status: failure?.status ?? null,
    diagnostic: failure?.diagnostic?.slice(0, 2_000) ?? null,
    reportingMta: classified.reportingMta?.slice(0, 250) ?? null,
    reportId: classified.reportId,
    reportDate: classified.arrivedAt?.toISOString() ?? null,
    feedbackType: classified.feedbackType,
    why: classified.why,
    outcome,
    evidence: classified.evidence,
  })
  // Taken in meanwhile by another reader: its record stands.
  if (!kept) return { kind, outcome, duplicate: true }
  return { kind, outcome, duplicate: false }
}
