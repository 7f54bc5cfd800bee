/**
 * Queuing a send of an issue to lists: all a request does. The issue's copy is made once (its
 * record, newsletter/copies.ts), the recipients are fixed in one transaction with the send, its
 * links become short links of the site (statistics/), and a job does the sending (sending/run.ts).
 */
import { APIError, type PayloadRequest } from 'payload'

import { auditAction } from '@/audit/documents'
import { readSettings } from '@/content/reads/settings'
import { settleBySending } from '@/editorial/approval/requests'
import { inTransaction } from '@/lib/database/transaction'
import { env } from '@/lib/env'
import { copiesOf, makeCopy } from '@/newsletter/copies'
import { issueForStaff } from '@/newsletter/issueForStaff'
import type { User } from '@/payload-types'
import { storeLinks } from '@/statistics/links'
import { recordListRecipients } from '@/statistics/sendFigures'
import { shortenLinks } from '@/statistics/shortLinks'

import type { QueuedSend, RecipientCount } from './api'
import { countRecipients, insertDeliveries, takeIssueTurn } from './deliveries'

/** Whole numbers above zero, each once, from a list or a comma-separated text. */
export const idList = (value: unknown): number[] =>
  [...new Set((Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []).map(Number))].filter((n) => Number.isInteger(n) && n > 0 && n < 2 ** 31)

/** How many unique addresses a send of the issue to these lists would reach now. */
export async function recipientsOf(req: PayloadRequest, issue: number, lists: unknown): Promise<RecipientCount> {
  await issueForStaff(req, issue)
  return countRecipients(req.payload, issue, idList(lists))
}

function readRequest(body: Record<string, unknown>): { lists: number[]; scheduledAt: Date | null } {
  const lists = idList(body.lists)
  if (lists.length === 0) throw new APIError('Välj minst en lista att skicka till.', 400, null, true)
  const scheduledAt = typeof body.scheduledAt === 'string' && body.scheduledAt ? new Date(body.scheduledAt) : null
  if (scheduledAt && Number.isNaN(scheduledAt.getTime())) throw new APIError('Tiden för utskicket kunde inte läsas.', 400, null, true)
  return { lists, scheduledAt }
}

/** Queues the send of the published issue to the lists in the request's body (SendRequest). */
export async function queueSend(req: PayloadRequest, staff: User, issueId: number, body: Record<string, unknown>): Promise<QueuedSend> {
  const issue = await issueForStaff(req, issueId)
  const { lists, scheduledAt } = readRequest(body)
  if (issue._status !== 'published') throw new APIError('Bara ett publicerat nummer kan skickas. Publicera numret först.', 409, null, true)
  const known = await req.payload.find({ collection: 'mailing-lists', where: { id: { in: lists } }, depth: 0, pagination: false, overrideAccess: false, req })
  if (known.docs.length !== lists.length) throw new APIError('En av listorna finns inte.', 400, null, true)
  const later = scheduledAt && scheduledAt > new Date() ? scheduledAt : null

  return inTransaction(req, async () => {
    await takeIssueTurn(req.payload, req, issue.id)
    // The first send makes the issue's copy; every send is of the newest copy, corrections
    // included: what one list got, the next gets too. Readers see the copy once its first message
    // is accepted (sending/run.ts).
    const sentTo = known.docs.map((list) => list.name).join(', ')
    const copy = (await copiesOf(req.payload, issue.id, req)).at(-1) ?? (await makeCopy(req.payload, { issue: issue.id, kind: 'sent', sentAt: later ?? new Date(), sentTo, by: staff.email }, req))
    const sending = await req.payload.create({
      collection: 'sendings',
      data: {
        issue: issue.id,
        kind: 'newsletter',
        lists,
        status: 'queued',
        scheduledAt: scheduledAt?.toISOString() ?? null,
        subject: copy.subject,
        html: copy.emailHtml,
        text: copy.emailText,
        placeholder: copy.placeholder ?? (await readSettings(req.payload, req)).unsubscribePlaceholder,
        createdBy: staff.email,
      },
      overrideAccess: true,
      req,
    })
    await recordListRecipients(req.payload, req, sending.id, issue.id, lists)
    const count = await insertDeliveries(req.payload, req, sending.id, issue.id, lists, scheduledAt ?? new Date())
    if (count === 0) throw new APIError('Alla på listorna har redan fått numret, eller så är listorna tomma.', 409, null, true)
    // Its links become the send's short links (the same for everyone), so clicks are counted without following anyone.
    const short = shortenLinks(sending.html, sending.text, sending.id, env.siteUrl)
    await storeLinks(req.payload, req, sending.id, short.links)
    await req.payload.update({ collection: 'sendings', id: sending.id, data: { recipients: count, html: short.html, text: short.text }, overrideAccess: true, req })
    if (!later) await req.payload.jobs.queue({ task: 'runSending', input: { sending: sending.id }, req })
    // Only a publisher or an admin gets here (the endpoint's rule): their send is their approval.
    await settleBySending(req, staff, issue)
    await auditAction(req.payload, req, { kind: later ? 'sendScheduled' : 'sendQueued', collection: 'issues', documentId: issue.id, title: issue.title, note: `${count} mottagare på ${sentTo}${later ? `, ${later.toISOString()}` : ''}` })
    return { sending: sending.id, recipients: count, scheduledAt: scheduledAt?.toISOString() ?? null }
  })
}
