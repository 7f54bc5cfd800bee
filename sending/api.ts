/**
 * The sending endpoints as the admin calls them and as they answer: their paths, the shapes of
 * what they take and give, and the words for a send's state. Pure, so the admin's browser code
 * (admin/SendingPanel.tsx) and the endpoints (collections/) share it.
 */
import { SENDING_STATUSES, type SendingStatus } from './model'

export { TEST_MESSAGES_PER_HOUR } from './model'

/** The endpoints' paths under their collection (issues, sendings), as Payload registers them. */
export const SENDING_ENDPOINTS = {
  recipients: '/:id/mottagare',
  send: '/:id/skicka',
  testSend: '/:id/provutskick',
  record: '/:id/utskick',
  cancel: '/:id/avbryt',
  resend: '/:id/skicka-igen',
} as const

const at = (collection: 'issues' | 'sendings', path: string, id: number | string) => `/api/${collection}${path.replace(':id', encodeURIComponent(String(id)))}`

/** The same endpoints as the admin asks for them. */
export const sendingApi = {
  recipients: (issue: number | string, lists: number[]) => `${at('issues', SENDING_ENDPOINTS.recipients, issue)}?listor=${lists.join(',')}`,
  send: (issue: number | string) => at('issues', SENDING_ENDPOINTS.send, issue),
  testSend: (issue: number | string) => at('issues', SENDING_ENDPOINTS.testSend, issue),
  record: (issue: number | string) => at('issues', SENDING_ENDPOINTS.record, issue),
  cancel: (sending: number | string) => at('sendings', SENDING_ENDPOINTS.cancel, sending),
  resend: (sending: number | string) => at('sendings', SENDING_ENDPOINTS.resend, sending),
}

/** GET recipients: unique addresses the send would reach, and those on the lists the issue already reached. */
export type RecipientCount = { toSend: number; alreadySent: number }

/** POST send: lists to send to, and a later time if any. */
export type SendRequest = { lists: number[]; scheduledAt?: string }
export type QueuedSend = { sending: number; recipients: number; scheduledAt: string | null }

/**
 * POST testSend: the addresses, as a list or typed (separated by commas, semicolons or spaces), and
 * a reason when one is outside the organisation (sending/model.ts).
 */
export type TestSendRequest = { addresses: string | string[]; reason?: string }
export type QueuedTest = { sending: number; addresses: string[] }

export type DeliveryCounts = { queued: number; sent: number; failed: number; skipped: number; total: number }

/** One send as the record shows it. */
export type SendingRow = {
  id: number
  kind: 'newsletter' | 'test'
  status: SendingStatus
  lists: string[]
  testAddresses?: string[] | null
  scheduledAt?: string | null
  recipients?: number | null
  createdBy?: string | null
  createdAt: string
  finishedAt?: string | null
  lastError?: string | null
  pausedUntil?: string | null
  testResults?: { email: string; ok: boolean; error?: string }[] | null
  counts: DeliveryCounts | null
  /** What came back of the send so far (returns/): bounces, complaints, unsubscribes by mail. */
  returns: ReturnCounts | null
  failures: { email: string | null; error: string | null }[]
}

export type ReturnCounts = { hard: number; soft: number; complaint: number; unsubscribe: number }

/** "12 studsar, 1 klagomål": what came back, in the words the Skicka box and the send use. */
export function returnsSummary(r: ReturnCounts | null): string {
  if (!r) return ''
  const parts = [
    r.hard + r.soft > 0 ? `${r.hard + r.soft} ${r.hard + r.soft === 1 ? 'studs' : 'studsar'}${r.soft > 0 ? ` (${r.soft} tillfälliga)` : ''}` : '',
    r.complaint > 0 ? `${r.complaint} klagomål` : '',
    r.unsubscribe > 0 ? `${r.unsubscribe} ${r.unsubscribe === 1 ? 'avregistrering' : 'avregistreringar'} via e-post` : '',
  ].filter(Boolean)
  return parts.join(', ')
}

/** GET record: the issue's sends, newest first. */
export type SendRecord = { sendings: SendingRow[] }

/** POST cancel: the send stopped, and how many of its messages will not go out. */
export type Cancelled = { cancelled: number; notSent: number }

/** POST resend: the send's failed deliveries queued again; how many. */
export type Resent = { sending: number; requeued: number }

/** What the editor reads for each state of a send. */
export const SENDING_STATUS_LABEL = Object.fromEntries(SENDING_STATUSES.map(({ value, label }) => [value, label])) as Record<SendingStatus, string>

/** Whether a send in this state can still be cancelled (and is worth watching). */
export const isUnderWay = (status: SendingStatus): boolean => status === 'queued' || status === 'sending' || status === 'waiting'
