/**
 * Following the link in a confirmation mail (and pressing its button): the lists it names become
 * "subscribed", with the time in the consent record. A link that was altered, has expired, or was
 * sent before the address unsubscribed again does nothing.
 */
import type { Payload } from 'payload'

import { listNames } from '@/subscribers/listNames'
import { BY_SUBSCRIBER, CONSENT_CONTEXT, listIdOf, type ConsentEntry, type SubscriptionRow, savedRows } from '@/subscribers/model'
import { readConfirmationToken } from '@/subscribers/tokens'

import { subscriberById } from './subscriptionMail'

export type ConfirmProblem = 'invalid' | 'expired' | 'gone' | 'unsubscribedSince'
export type ConfirmCheck = { ok: true; subscriber: number; lists: number[]; names: string[] } | { ok: false; problem: ConfirmProblem }

type Subscriber = { id: number; subscriptions?: SubscriptionRow[] | null; consent?: ConsentEntry[] | null }

const UNSUBSCRIBED: ConsentEntry['event'][] = ['unsubscribed', 'oneClickUnsubscribed']

/** What the link would do, for the page that asks to confirm; changes nothing. */
export async function checkConfirmation(payload: Payload, token: string): Promise<ConfirmCheck> {
  const read = readConfirmationToken(token)
  if (!read.ok) return { ok: false, problem: read.reason }
  const subscriber = (await subscriberById(payload, read.claim.subscriber)) as Subscriber | null
  if (!subscriber) return { ok: false, problem: 'gone' }
  const issued = read.claim.issuedAt * 1000
  if ((subscriber.consent ?? []).some((e) => UNSUBSCRIBED.includes(e.event) && Date.parse(e.at) > issued)) return { ok: false, problem: 'unsubscribedSince' }
  const names = await listNames(payload, read.claim.lists)
  const lists = read.claim.lists.filter((list) => names.has(list))
  if (lists.length === 0) return { ok: false, problem: 'gone' }
  return { ok: true, subscriber: subscriber.id, lists, names: lists.map((l) => names.get(l) ?? '') }
}

export async function confirm(payload: Payload, token: string): Promise<ConfirmCheck> {
  const check = await checkConfirmation(payload, token)
  if (!check.ok) return check
  const subscriber = (await subscriberById(payload, check.subscriber)) as Subscriber
  const rows = subscriber.subscriptions ?? []
  const wanted = new Set(check.lists)
  const already = rows.filter((r) => r.status === 'subscribed' && wanted.has(listIdOf(r))).length === wanted.size
  if (already) return check
  const kept = savedRows(rows.filter((r) => !wanted.has(listIdOf(r))))
  const consent: ConsentEntry[] = [{ at: new Date().toISOString(), event: 'confirmed', lists: check.names.join(', '), by: BY_SUBSCRIBER }]
  await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    // A working link proves the mailbox takes mail again: earlier bounces no longer count.
    data: { subscriptions: [...kept, ...check.lists.map((list) => ({ list, status: 'subscribed' as const }))], bounces: 0 },
    context: { [CONSENT_CONTEXT]: consent },
    overrideAccess: true,
  })
  return check
}
