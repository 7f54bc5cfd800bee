/**
 * One return taken in: sorted (classify.ts), tied to what it answers by its tag, acted on
 * (subscribers/suppress.ts) and kept with its evidence in `returns` — once: a report read again
 * (a runner killed before it moved the message, the same report in two places) finds its record
 * by the report's own id and changes nothing.
 */
import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import type { ReturnTag } from '@/lib/mail/returnPath'
import { suppressBounced, unsubscribeByMail, unsubscribeComplainer } from '@/subscribers/suppress'

import { classifyReturn, type Classified, type Failure } from './classify'
import { returnKindLabel, SOFT_BOUNCE_WINDOW_DAYS, SOFT_BOUNCES_TO_SUPPRESS, type ReturnKind, type ReturnSource } from './model'

export type Taken = { kind: ReturnKind; outcome: string; duplicate: boolean }

type Target = { sending: number | null; delivery: number | null; subscriber: number | null; address: string | null; lists: number[]; test: boolean }

const idOf = (value: unknown): number | null => (typeof value === 'number' ? value : value && typeof value === 'object' && 'id' in value ? Number((value as { id: unknown }).id) : null)

/** What the tag names, as the database has it now; null when it is gone (a deleted subscriber's delivery). */
async function targetOf(payload: Payload, tag: ReturnTag): Promise<Target | null> {
  if (tag.kind === 'd') {
    const delivery = await payload.findByID({ collection: 'deliveries', id: tag.id, depth: 0, overrideAccess: true, disableErrors: true })
    if (!delivery) return null
    const sending = idOf(delivery.sending)
    const send = sending ? await payload.findByID({ collection: 'sendings', id: sending, depth: 0, overrideAccess: true, disableErrors: true, select: { lists: true } }) : null
    return { sending, delivery: delivery.id, subscriber: idOf(delivery.subscriber), address: delivery.email ?? null, lists: (send?.lists ?? []).map(idOf).filter((n): n is number => n !== null), test: false }
  }
  if (tag.kind === 's') {
    const subscriber = await payload.findByID({ collection: 'subscribers', id: tag.id, depth: 0, overrideAccess: true, disableErrors: true })
    return subscriber ? { sending: null, delivery: null, subscriber: subscriber.id, address: subscriber.email, lists: [], test: false } : null
  }
  const sending = await payload.findByID({ collection: 'sendings', id: tag.id, depth: 0, overrideAccess: true, disableErrors: true, select: { status: true } })
  return sending ? { sending: sending.id, delivery: null, subscriber: null, address: null, lists: [], test: true } : null
}

/** The failure about our recipient: the one naming its address, else the worst. */
function ourFailure(failures: Failure[], address: string | null): Failure | null {
  const same = address ? failures.find((f) => f.address?.toLowerCase() === address.toLowerCase()) : undefined
  return same ?? failures.find((f) => f.severity === 'hard') ?? failures[0] ?? null
}

async function softBouncesSince(payload: Payload, subscriber: number): Promise<number> {
  const since = new Date(Date.now() - SOFT_BOUNCE_WINDOW_DAYS * 86_400_000).toISOString()
  const { totalDocs } = await payload.count({ collection: 'returns', where: { and: [{ subscriber: { equals: subscriber } }, { kind: { equals: 'soft' } }, { receivedAt: { greater_than_equal: since } }] }, overrideAccess: true })
  return totalDocs
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
    const count = (await softBouncesSince(payload, target.subscriber)) + 1
    if (count < SOFT_BOUNCES_TO_SUPPRESS) return `Tillfällig studs ${count} av ${SOFT_BOUNCES_TO_SUPPRESS} inom ${SOFT_BOUNCE_WINDOW_DAYS} dagar: adressen får utskick tills vidare.`
    const names = await suppressBounced(payload, target.subscriber)
    return names.length > 0 ? `${count} tillfälliga studsar inom ${SOFT_BOUNCE_WINDOW_DAYS} dagar: adressen markerad som Studsar på: ${listed(names)}.` : 'Adressen fick redan inga utskick.'
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

const isUniqueViolation = (error: unknown): boolean => /unique|duplicate key|23505/i.test(String((error as { message?: string; code?: string })?.code ?? '') + String((error as Error)?.message ?? ''))

/** One message read from the mailbox or the inbox folder. */
export async function takeReturn(payload: Payload, source: ReturnSource, raw: Buffer): Promise<Taken> {
  const classified = await classifyReturn(raw)
  return takeClassified(payload, source, classified, keyOf(classified, raw))
}

/** A return already sorted (by classify.ts, or from a provider's webhook), under its own key. */
export async function takeClassified(payload: Payload, source: ReturnSource, classified: Classified, key: string): Promise<Taken> {
  const known = await payload.find({ collection: 'returns', where: { key: { equals: key } }, depth: 0, limit: 1, overrideAccess: true, select: { kind: true, outcome: true } })
  const earlier = known.docs[0]
  if (earlier) return { kind: earlier.kind, outcome: earlier.outcome ?? '', duplicate: true }

  const target = classified.tag ? await targetOf(payload, classified.tag) : null
  const failure = ourFailure(classified.failures, target?.address ?? null)
  // A bounce is as severe as the failure about our recipient (a report may name others too).
  const kind: ReturnKind = (classified.kind === 'hard' || classified.kind === 'soft') && failure ? failure.severity : classified.kind
  const outcome = await act(payload, kind, target)
  const address = target?.address ?? failure?.address ?? null
  try {
    await payload.create({
      collection: 'returns',
      data: {
        key,
        kind,
        summary: `${returnKindLabel(kind)}${address ? ` – ${address}` : ''}`,
        receivedAt: new Date().toISOString(),
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
      },
      depth: 0,
      overrideAccess: true,
    })
  } catch (error) {
    // Taken in meanwhile by another reader: its record stands.
    if (isUniqueViolation(error)) return { kind, outcome, duplicate: true }
    throw error
  }
  return { kind, outcome, duplicate: false }
}
