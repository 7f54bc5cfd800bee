/**
 * Returns from Amazon SES, by its notifications through SNS (an HTTPS subscription to the topic
 * SES_SNS_TOPIC_ARN): each message's signature checked with AWS's own validator (sns-validator:
 * the signing certificate fetched over HTTPS from an SNS host only), the topic checked against
 * the one configured — anyone can sign messages of a topic of their own — the subscription
 * confirmed, and bounces and complaints taken as a return read from the mailbox would be
 * (take.ts), once per SES feedback id. The message is tied to its delivery by its return tag: turn
 * on "Include original headers" for the SES notifications, so `mail.headers` carries it.
 */
import https from 'node:https'

import type { Payload } from 'payload'
import MessageValidator from 'sns-validator'

import { readReturnTag, RETURN_HEADER } from '@/lib/mail/returnPath'

import type { Classified, Failure } from './classify'
import { MAX_EVIDENCE_CHARS, MAX_REPORT_RECIPIENTS } from './model'
import { takeClassified, type Taken } from './take'

export type SesAnswer = { status: 200 | 202 | 400 | 403 | 404 | 502; message: string; taken?: Taken }

/** AWS's SNS hosts, as sns-validator has them: where a signing certificate and a subscribe URL may be. */
export const SNS_HOST = /^sns\.[a-zA-Z0-9-]{3,}\.amazonaws\.com(\.cn)?$/

type SnsMessage = { Type?: string; TopicArn?: string; Message?: string; MessageId?: string; SubscribeURL?: string }

const validated = (message: Record<string, unknown>, hostPattern: RegExp): Promise<SnsMessage> =>
  new Promise((resolve, reject) => new MessageValidator(hostPattern).validate(message, (error, valid) => (error || !valid ? reject(error ?? new Error('invalid')) : resolve(valid as SnsMessage))))

/** Confirms the subscription by visiting its SubscribeURL (an SNS host, HTTPS, as the message was checked to be). */
function confirm(url: string, hostPattern: RegExp): Promise<boolean> {
  const parsed = new URL(url)
  if (parsed.protocol !== 'https:' || !hostPattern.test(parsed.host)) return Promise.resolve(false)
  return new Promise((resolve) => {
    const request = https.get(parsed, { timeout: 10_000 }, (response) => {
      response.resume()
      resolve(response.statusCode === 200)
    })
    request.on('timeout', () => request.destroy())
    request.on('error', () => resolve(false))
  })
}

type SesMail = { messageId?: string; headers?: { name?: string; value?: string }[] }
type SesRecipient = { emailAddress?: string; status?: string; diagnosticCode?: string; action?: string }
type SesNotification = {
  notificationType?: string
  eventType?: string
  mail?: SesMail
  bounce?: { bounceType?: string; bouncedRecipients?: SesRecipient[]; reportingMTA?: string; feedbackId?: string }
  complaint?: { complaintFeedbackType?: string; feedbackId?: string }
}

const tagOf = (mail: SesMail | undefined) => {
  const header = mail?.headers?.find((h) => h.name?.toLowerCase() === RETURN_HEADER.toLowerCase())
  return header?.value ? readReturnTag(header.value) : null
}

/** An SES bounce or complaint as a return; null for what is not one (a delivery, an open). */
function classified(note: SesNotification, snsId: string): { classified: Classified; key: string } | null {
  const type = note.notificationType ?? note.eventType
  const tag = tagOf(note.mail)
  const evidence = JSON.stringify(note, null, 2).slice(0, MAX_EVIDENCE_CHARS)
  const untagged = 'Rapport från Amazon SES utan giltig returkod (slå på "Include original headers"): kan inte knytas till något utskick, så ingen adress ändras.'
  if (type === 'Bounce' && note.bounce) {
    // Permanent is a hard bounce; Transient and Undetermined may pass.
    const severity: Failure['severity'] = note.bounce.bounceType === 'Permanent' ? 'hard' : 'soft'
    const failures = (note.bounce.bouncedRecipients ?? []).slice(0, MAX_REPORT_RECIPIENTS).map((r) => ({
      address: r.emailAddress ?? null,
      severity,
      status: r.status ?? null,
      diagnostic: r.diagnosticCode?.slice(0, 2_000) ?? null,
      remoteMta: null,
    }))
    const why = tag ? `Studs rapporterad av Amazon SES (${note.bounce.bounceType ?? 'okänd typ'}).` : untagged
    return { key: `ses:${note.bounce.feedbackId ?? snsId}`, classified: { kind: tag ? severity : 'unknown', tag, failures, feedbackType: null, reportingMta: note.bounce.reportingMTA ?? 'Amazon SES', reportId: note.bounce.feedbackId ?? snsId, arrivedAt: null, why, evidence } }
  }
  if (type === 'Complaint' && note.complaint) {
    const feedbackType = note.complaint.complaintFeedbackType ?? 'abuse'
    const kind = !tag || feedbackType === 'not-spam' ? 'unknown' : 'complaint'
    return { key: `ses:${note.complaint.feedbackId ?? snsId}`, classified: { kind, tag, failures: [], feedbackType, reportingMta: 'Amazon SES', reportId: note.complaint.feedbackId ?? snsId, arrivedAt: null, why: tag ? `Klagomål rapporterat av Amazon SES (${feedbackType}).` : untagged, evidence } }
  }
  return null
}

export async function takeSesMessage(payload: Payload, topicArn: string | null, body: string, hostPattern: RegExp = SNS_HOST): Promise<SesAnswer> {
  if (!topicArn) return { status: 404, message: 'Returer från Amazon SES är inte påslagna (SES_SNS_TOPIC_ARN).' }
  let message: Record<string, unknown>
  try {
    const parsed: unknown = JSON.parse(body)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object')
    message = parsed as Record<string, unknown>
  } catch {
    return { status: 400, message: 'Innehållet ska vara ett SNS-meddelande i JSON.' }
  }
  let sns: SnsMessage
  try {
    sns = await validated(message, hostPattern)
  } catch {
    return { status: 403, message: 'Meddelandets signatur kunde inte verifieras mot AWS:s certifikat.' }
  }
  if (sns.TopicArn !== topicArn) return { status: 403, message: 'Meddelandet kommer från ett annat SNS-ämne än SES_SNS_TOPIC_ARN.' }
  if (sns.Type === 'SubscriptionConfirmation') {
    return (await confirm(sns.SubscribeURL ?? '', hostPattern)) ? { status: 200, message: 'Prenumerationen på ämnet är bekräftad.' } : { status: 502, message: 'Prenumerationen kunde inte bekräftas hos SNS.' }
  }
  if (sns.Type !== 'Notification') return { status: 200, message: 'Ingenting att göra.' }
  let note: SesNotification
  try {
    note = JSON.parse(sns.Message ?? '') as SesNotification
  } catch {
    return { status: 400, message: 'Notisen från SES är inte JSON.' }
  }
  const read = classified(note, sns.MessageId ?? 'okänd')
  if (!read) return { status: 200, message: 'Ingen studs eller klagomål: ingenting att göra.' }
  const taken = await takeClassified(payload, 'webhook', read.classified, read.key)
  return { status: taken.kind === 'unknown' ? 202 : 200, message: taken.duplicate ? 'Redan mottagen.' : taken.outcome, taken }
}
