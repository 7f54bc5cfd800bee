import { APIError, type PayloadRequest } from 'payload'

import { inTransaction } from '@/lib/database/transaction'

import type { Resent } from './api'
import { requeueFailed } from './deliveries'

const idsOf = (values: ({ id: number } | number)[] | null | undefined): number[] => (values ?? []).map((v) => (typeof v === 'object' ? v.id : v))

/**
 * After staff have put right what made deliveries fail (a mail server that refused us, an address
 * corrected, a bounced status lifted), the send goes again to its failed deliveries — to the
 * subscribers still on its lists, at their addresses as they are now — and to no one else.
 */
export async function resendFailed(req: PayloadRequest, id: number): Promise<Resent> {
  const sending = Number.isInteger(id) ? await req.payload.findByID({ collection: 'sendings', id, depth: 0, overrideAccess: false, req, disableErrors: true }) : null
  if (!sending || sending.kind !== 'newsletter') throw new APIError('Utskicket finns inte.', 404, null, true)
  if (sending.status === 'cancelled') throw new APIError('Utskicket är avbrutet.', 409, null, true)
  const requeued = await inTransaction(req, async () => {
    const count = await requeueFailed(req.payload, req, id, idsOf(sending.lists))
    if (count > 0) {
      await req.payload.update({ collection: 'sendings', id, data: { status: 'sending', finishedAt: null, pausedUntil: null }, overrideAccess: true, req })
      await req.payload.jobs.queue({ task: 'runSending', input: { sending: id }, req })
    }
    return count
  })
  if (requeued === 0) throw new APIError('Inga misslyckade adresser att skicka till: de är redan skickade, borttagna eller inte längre på listorna.', 409, null, true)
  return { sending: id, requeued }
}
