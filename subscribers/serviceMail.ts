/**
 * The mail a reader waits for, as the subscriptionMail job sends it (queue `service`): a sign-up's
 * link or note, and a personal unsubscribe link asked for on /avregistrera — always from the job,
 * so the pages answer at once and alike for every address.
 */
import type { PayloadRequest } from 'payload'

import { QUEUES } from '@/lib/jobs/queues'
import { normaliseEmail } from '@/lib/mail/address'

import type { SubscriptionRow } from './model'
import { carryOutSignUp } from './signUp'
import { sendSignupMail, sendUnsubscribeLink } from './subscriptionMail'

/**
 * What the job is asked to send: a sign-up (its form, or — queued before the request stopped
 * doing the work itself — a subscriber already stored), or a personal link.
 */
export type ServiceMailInput = {
  kind: 'signup' | 'unsubscribeLink'
  subscriber?: number | null
  lists?: unknown
  email?: string | null
  name?: string | null
  organisation?: string | null
}

const ids = (value: unknown): number[] => (Array.isArray(value) ? value.filter((n): n is number => Number.isInteger(n)) : [])

export async function sendServiceMail(req: PayloadRequest, input: ServiceMailInput): Promise<void> {
  if (input.kind === 'signup' && input.email) {
    return carryOutSignUp(req.payload, { email: normaliseEmail(input.email), name: input.name ?? null, organisation: input.organisation ?? null, lists: ids(input.lists) })
  }
  if (input.kind === 'signup' && input.subscriber) return sendSignupMail(req.payload, input.subscriber, ids(input.lists))
  if (input.kind !== 'unsubscribeLink' || !input.email) return
  const { docs } = await req.payload.find({ collection: 'subscribers', where: { email: { equals: normaliseEmail(input.email) } }, depth: 0, limit: 1, overrideAccess: true, req })
  const subscriber = docs[0]
  // Only to an address that has something to leave; nobody else learns which that is.
  if (subscriber?.subscriptions?.some((row: SubscriptionRow) => row.status === 'subscribed' || row.status === 'pending')) await sendUnsubscribeLink(req.payload, subscriber.id)
}

/** "Send me my link", queued: the page answers the same at once whatever the address. */
export async function requestUnsubscribeLink(req: Pick<PayloadRequest, 'payload'>, email: string): Promise<void> {
  await req.payload.jobs.queue({ task: 'subscriptionMail', queue: QUEUES.service, input: { kind: 'unsubscribeLink', email: normaliseEmail(email) } })
}
