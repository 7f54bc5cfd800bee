/**
 * Returns by HTTP from a provider that reports that way: a JSON event signed with the shared
 * secret RETURNS_WEBHOOK_SECRET (HMAC-SHA-256 of `<timestamp>.<body>`, in `X-Signature:
 * sha256=<hex>`, the Unix time in `X-Timestamp`, at most five minutes off). The event names the
 * message by the return tag the provider read from its `X-Nytt-Fran-Rus-Retur` header, and is acted
 * on as a return read from the mailbox would be (take.ts), once per event id.
 *
 *   { "id": "evt-1", "type": "bounce", "bounceType": "hard" | "soft", "tag": "d123-…",
 *     "recipient": "anna@example.se", "status": "5.1.1", "diagnostic": "550 …", "reportingMta": "…" }
 *   { "id": "evt-2", "type": "complaint", "tag": "d123-…", "feedbackType": "abuse" }
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Payload } from 'payload'

import { readReturnTag } from '@/lib/mail/returnPath'

import type { Classified } from './classify'
import { MAX_EVIDENCE_CHARS } from './model'
import { takeClassified, type Taken } from './take'

export type WebhookAnswer = { status: 200 | 202 | 400 | 401 | 404; message: string; taken?: Taken }

/** How far a request's timestamp may be from now: a replayed request older than this is refused. */
export const WEBHOOK_TOLERANCE_SECONDS = 300

export const webhookSignature = (secret: string, timestamp: string, body: string): string => `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`

function genuine(secret: string, headers: Headers, body: string, now: number): boolean {
  const timestamp = headers.get('x-timestamp') ?? ''
  if (!/^\d{9,11}$/.test(timestamp) || Math.abs(now / 1000 - Number(timestamp)) > WEBHOOK_TOLERANCE_SECONDS) return false
  const given = Buffer.from(headers.get('x-signature') ?? '')
  const expected = Buffer.from(webhookSignature(secret, timestamp, body))
  return given.length === expected.length && timingSafeEqual(given, expected)
}

const text = (value: unknown, max = 500): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : null)

export async function takeWebhook(payload: Payload, secret: string | null, headers: Headers, body: string, now = Date.now()): Promise<WebhookAnswer> {
  if (!secret) return { status: 404, message: 'Webhooken för returer är inte påslagen (RETURNS_WEBHOOK_SECRET).' }
  if (!genuine(secret, headers, body, now)) return { status: 401, message: 'Signaturen (X-Signature, X-Timestamp) stämmer inte.' }
  let event: Record<string, unknown>
  try {
    const parsed: unknown = JSON.parse(body)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object')
    event = parsed as Record<string, unknown>
  } catch {
    return { status: 400, message: 'Innehållet ska vara ett JSON-objekt.' }
  }
  const id = text(event.id, 200)
  const type = event.type
  if (!id || (type !== 'bounce' && type !== 'complaint')) return { status: 400, message: 'Händelsen behöver "id" och "type" ("bounce" eller "complaint").' }
  if (type === 'bounce' && event.bounceType !== 'hard' && event.bounceType !== 'soft') return { status: 400, message: 'En studs behöver "bounceType": "hard" eller "soft".' }
  const tag = typeof event.tag === 'string' ? readReturnTag(event.tag) : null
  const severity = event.bounceType === 'soft' ? 'soft' : 'hard'
  const classified: Classified = {
    kind: !tag ? 'unknown' : type === 'complaint' ? 'complaint' : severity,
    tag,
    failures: type === 'bounce' ? [{ address: text(event.recipient, 320), severity, status: text(event.status, 40), diagnostic: text(event.diagnostic, 2_000), remoteMta: null }] : [],
    feedbackType: type === 'complaint' ? (text(event.feedbackType, 40) ?? 'abuse') : null,
    reportingMta: text(event.reportingMta, 250),
    reportId: id,
    arrivedAt: null,
    why: tag ? `Rapport via webhook (${type === 'bounce' ? `studs, ${severity}` : 'klagomål'}).` : 'Rapport via webhook utan giltig returkod: kan inte knytas till något utskick, så ingen adress ändras.',
    evidence: JSON.stringify(event, null, 2).slice(0, MAX_EVIDENCE_CHARS),
  }
  const taken = await takeClassified(payload, 'webhook', classified, `webhook:${id}`)
  return { status: taken.kind === 'unknown' ? 202 : 200, message: taken.duplicate ? 'Redan mottagen.' : taken.outcome, taken }
}
