import { APIError, type PayloadRequest } from 'payload'

import { auditAction } from '@/audit/documents'
import type { User } from '@/payload-types'

import { MAX_LIFT_NOTE_CHARS } from './model'
import { moveRows } from './suppress'

export type Lifted = { subscriber: number; lists: string[] }

/**
 * Staff set an address that bounced back to "Prenumererar" on the lists it bounced on — after
 * they have found out why (a full mailbox emptied, a mail server put right) — and say so in a note
 * that stays in its consent record with their address. Its count of bounces starts again. The
 * only way back for a bounced address besides its own sign-up: a plain edit of the status is
 * refused (collections/Subscribers/hooks/keepConsentRecord.ts), so no lift goes unexplained.
 */
export async function liftSuppression(req: PayloadRequest, staff: User, id: number, body: Record<string, unknown>): Promise<Lifted> {
  const subscriber = Number.isInteger(id) ? await req.payload.findByID({ collection: 'subscribers', id, depth: 0, overrideAccess: false, user: staff, req, disableErrors: true, select: { email: true } }) : null
  if (!subscriber) throw new APIError('Prenumeranten finns inte.', 404, null, true)
  const note = typeof body.note === 'string' ? body.note.trim() : ''
  if (!note) throw new APIError('Skriv varför spärren hävs: anteckningen sparas i adressens historik.', 400, null, true)
  if (note.length > MAX_LIFT_NOTE_CHARS) throw new APIError(`Anteckningen får vara högst ${MAX_LIFT_NOTE_CHARS} tecken.`, 400, null, true)
  const lists = await moveRows(req.payload, id, { from: ['bounced'], to: 'subscribed', event: 'suppressionLifted', by: staff.email, note, resetBounces: true }, req)
  if (lists.length === 0) throw new APIError('Adressen är inte spärrad på någon lista.', 409, null, true)
  await auditAction(req.payload, req, { kind: 'suppressionLifted', collection: 'subscribers', documentId: id, title: `Prenumerant ${id}`, note })
  return { subscriber: id, lists }
}
