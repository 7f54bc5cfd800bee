import type { PayloadRequest } from 'payload'

import { CONSENT_CONTEXT, savedRows, UNCONFIRMED_RETENTION_DAYS, type ConsentEntry, type SubscriptionRow } from './model'

/**
 * Sign-ups nobody confirmed within UNCONFIRMED_RETENTION_DAYS are forgotten (once a night). An
 * address that is on no other list and was never confirmed, imported or added by staff is deleted
 * with its record; otherwise only its waiting lists are removed.
 */
export async function purgeUnconfirmed(req: PayloadRequest): Promise<{ deleted: number; trimmed: number }> {
  const cutoff = Date.now() - UNCONFIRMED_RETENTION_DAYS * 86_400_000
  const { docs } = await req.payload.find({
    collection: 'subscribers',
    where: { 'subscriptions.status': { equals: 'pending' } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  let deleted = 0
  let trimmed = 0
  for (const subscriber of docs) {
    const consent = (subscriber.consent ?? []) as ConsentEntry[]
    const requested = consent.filter((e) => e.event === 'signupRequested').map((e) => Date.parse(e.at))
    if (requested.length > 0 && Math.max(...requested) > cutoff) continue
    const rows = (subscriber.subscriptions ?? []) as SubscriptionRow[]
    const kept = rows.filter((r) => r.status !== 'pending')
    const everAccepted = consent.some((e) => e.event !== 'signupRequested')
    if (kept.length === 0 && !everAccepted) {
      await req.payload.delete({ collection: 'subscribers', id: subscriber.id, overrideAccess: true, req })
      deleted += 1
    } else {
      await req.payload.update({ collection: 'subscribers', id: subscriber.id, data: { subscriptions: savedRows(kept) }, context: { [CONSENT_CONTEXT]: [] }, overrideAccess: true, req })
      trimmed += 1
    }
  }
  return { deleted, trimmed }
}
