import { APIError, type PayloadRequest } from 'payload'

import { auditAction } from '@/audit/documents'
import { inTransaction } from '@/lib/database/transaction'
import { withdrawUnsentCopies } from '@/newsletter/copies'

import type { Cancelled } from './api'
import { dropQueued, takeIssueTurn } from './deliveries'

/**
 * Stops a send (a scheduled one before it starts): what went out stays in the record, what is
 * queued is dropped, and if nothing of the issue went out at all its copies are withdrawn. One
 * transaction, taken in turn with any send of the same issue being queued right now.
 */
export async function cancelSend(req: PayloadRequest, id: number): Promise<Cancelled> {
  const sending = Number.isInteger(id) ? await req.payload.findByID({ collection: 'sendings', id, depth: 0, overrideAccess: false, req, disableErrors: true }) : null
  if (!sending) throw new APIError('Utskicket finns inte.', 404, null, true)
  if (sending.status === 'done' || sending.status === 'cancelled') throw new APIError('Utskicket är redan avslutat.', 409, null, true)
  const issue = typeof sending.issue === 'object' ? sending.issue.id : sending.issue
  const notSent = await inTransaction(req, async () => {
    await takeIssueTurn(req.payload, req, issue)
    await req.payload.update({ collection: 'sendings', id, data: { status: 'cancelled', finishedAt: new Date().toISOString() }, overrideAccess: true, req })
    const dropped = await dropQueued(req.payload, id, req)
    // Readers never saw copies of an issue that had not gone out: nothing of theirs to expire.
    await withdrawUnsentCopies(req.payload, issue, req)
    await auditAction(req.payload, req, { kind: 'sendCancelled', collection: 'sendings', documentId: id, title: sending.subject, note: `${dropped} meddelanden skickades inte` })
    return dropped
  })
  return { cancelled: id, notSent }
}
