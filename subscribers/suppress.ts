/**
 * What mail that came back does to an address (returns/ decides which; this is how): a hard
 * bounce, or soft ones piling up, make it "bounced" on every list; a complaint unsubscribes it from
 * every list; an unsubscribe by mail takes it off the lists that send went to. Each change is a
 * line in its consent record, by the system, and nothing is changed twice: an address already off
 * a list is left as it is. A later send skips it (subscribers/recipients.ts counts "subscribed" only).
 */
import type { Payload } from 'payload'

import { listNames } from './listNames'
import { BY_SYSTEM, CONSENT_CONTEXT, listIdOf, type ConsentEvent, type SubscriptionRow, type SubscriptionStatus } from './model'

const ACTIVE: SubscriptionStatus[] = ['subscribed', 'pending']

/** Moves the active rows (of `only` lists, or all) to `to`; the names of the lists it changed. */
async function moveActive(payload: Payload, subscriber: number, to: SubscriptionStatus, event: ConsentEvent, only: number[] | null): Promise<string[]> {
  const doc = await payload.findByID({ collection: 'subscribers', id: subscriber, depth: 0, joins: false, select: { subscriptions: true }, overrideAccess: true, disableErrors: true })
  if (!doc) return []
  const rows = (doc.subscriptions ?? []) as SubscriptionRow[]
  const moving = rows.filter((r) => ACTIVE.includes(r.status) && (only === null || only.includes(listIdOf(r))))
  if (moving.length === 0) return []
  const names = await listNames(payload, moving.map(listIdOf))
  const changed = moving.map((r) => names.get(listIdOf(r)) ?? `#${listIdOf(r)}`)
  await payload.update({
    collection: 'subscribers',
    id: subscriber,
    data: { subscriptions: rows.map((r) => ({ id: r.id, list: listIdOf(r), status: moving.includes(r) ? to : r.status })) },
    context: { [CONSENT_CONTEXT]: [{ at: new Date().toISOString(), event, lists: changed.join(', '), by: BY_SYSTEM }] },
    depth: 0,
    overrideAccess: true,
  })
  return changed
}

/** "Studsar" on every list it was on or waiting for. */
export const suppressBounced = (payload: Payload, subscriber: number): Promise<string[]> => moveActive(payload, subscriber, 'bounced', 'bounced', null)

/** Off every list after a spam complaint: mailed again only when the address itself chooses it (a confirmed sign-up, its own link's page). */
export const unsubscribeComplainer = (payload: Payload, subscriber: number): Promise<string[]> => moveActive(payload, subscriber, 'unsubscribed', 'complained', null)

/** Off the lists a send went to, after an unsubscribe by mail from that send. */
export const unsubscribeByMail = (payload: Payload, subscriber: number, lists: number[]): Promise<string[]> => moveActive(payload, subscriber, 'unsubscribed', 'mailUnsubscribed', lists)
