import { commitTransaction, initTransaction, killTransaction, type Endpoint } from 'payload'

import { staffOf } from '@/access/roles'
import { dropQueued, takeIssueTurn } from '@/sending/deliveries'
import { withdrawUnsentCopies } from '@/newsletter/copies'

import { refuse } from '../shared/endpointAnswers'

/** POST /api/sendings/:id/avbryt — stops a send (a scheduled one before it starts); what went out stays in the record. */
export const cancelEndpoint: Endpoint = {
  path: '/:id/avbryt',
  method: 'post',
  handler: async (req) => {
    if (!staffOf({ req })) return refuse(403, 'Du måste vara inloggad som redaktör.')
    const id = Number(req.routeParams?.id)
    const sending = await req.payload.findByID({ collection: 'sendings', id, depth: 0, overrideAccess: false, req, disableErrors: true })
    if (!sending) return refuse(404, 'Utskicket finns inte.')
    if (sending.status === 'done' || sending.status === 'cancelled') return refuse(409, 'Utskicket är redan avslutat.')
    const issue = typeof sending.issue === 'object' ? sending.issue.id : sending.issue
    const shouldCommit = await initTransaction(req)
    let dropped = 0
    try {
      // After any send of this issue being made right now has committed its deliveries.
      await takeIssueTurn(req.payload, req, issue)
      await req.payload.update({ collection: 'sendings', id, data: { status: 'cancelled', finishedAt: new Date().toISOString() }, overrideAccess: true, req })
      dropped = await dropQueued(req.payload, id, req)
      // Readers never saw copies of an issue that had not gone out: nothing of theirs to expire.
      await withdrawUnsentCopies(req.payload, issue, req)
      if (shouldCommit) await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    return Response.json({ cancelled: id, notSent: dropped })
  },
}
