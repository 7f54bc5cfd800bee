/**
 * A subscriber's own link: unsubscribe from every list (the link is in every issue, whichever
 * list it came through), or take it back. Also RFC 8058's one-click POST from the mail client.
 */
import type { Payload } from 'payload'

import { listNames } from '@/subscribers/listNames'
import { BY_SUBSCRIBER, CONSENT_CONTEXT, listIdOf, type ConsentEntry, type SubscriptionRow } from '@/subscribers/model'
import { unsubscribeKeyOf } from '@/subscribers/tokens'

type Subscriber = { id: number; email: string; subscriptions?: SubscriptionRow[] | null }

export type Holder = { id: number; email: string; active: string[]; left: string[] }

/** The subscriber a genuine link names, with the lists they are on and those they have left. */
export async function holderOf(payload: Payload, token: string): Promise<Holder | 'invalid' | 'gone'> {
  const key = unsubscribeKeyOf(token)
  if (!key) return 'invalid'
  // As the system: the signed link is the subscriber's own key to their record.
  const { docs } = await payload.find({ collection: 'subscribers', where: { unsubscribeKey: { equals: key } }, depth: 0, joins: false, limit: 1, overrideAccess: true })
  const subscriber = docs[0] as Subscriber | undefined
  if (!subscriber) return 'gone'
  const rows = subscriber.subscriptions ?? []
  const names = await listNames(payload, rows.map(listIdOf))
  const named = (statuses: SubscriptionRow['status'][]) => rows.filter((r) => statuses.includes(r.status)).flatMap((r) => names.get(listIdOf(r)) ?? [])
  return { id: subscriber.id, email: subscriber.email, active: named(['subscribed', 'pending']), left: named(['unsubscribed']) }
}

async function move(payload: Payload, holder: Holder, from: SubscriptionRow['status'][], to: SubscriptionRow['status'], entry: Omit<ConsentEntry, 'at' | 'by' | 'lists'>, lists: string[], only: number[] | null = null) {
  const { subscriptions } = (await payload.findByID({ collection: 'subscribers', id: holder.id, depth: 0, joins: false, overrideAccess: true })) as Subscriber
  const moves = (r: SubscriptionRow) => from.includes(r.status) && (only === null || only.includes(listIdOf(r)))
  const rows = (subscriptions ?? []).map((r) => ({ id: r.id, list: listIdOf(r), status: moves(r) ? to : r.status }))
  const consent: ConsentEntry[] = [{ ...entry, at: new Date().toISOString(), by: BY_SUBSCRIBER, lists: lists.join(', ') }]
  await payload.update({ collection: 'subscribers', id: holder.id, data: { subscriptions: rows }, context: { [CONSENT_CONTEXT]: consent }, overrideAccess: true })
}

/** Off every list it is on or waiting for. Doing it twice changes nothing and records nothing. */
export async function unsubscribe(payload: Payload, holder: Holder, how: 'link' | 'oneClick'): Promise<void> {
  if (holder.active.length === 0) return
  await move(payload, holder, ['subscribed', 'pending'], 'unsubscribed', { event: how === 'oneClick' ? 'oneClickUnsubscribed' : 'unsubscribed' }, holder.active)
}

/**
 * Off the lists one send went to (RFC 8058's one-click from that send's message): the reader asked
 * to stop getting *this*, not lists they may not know they are on. The names of the lists it left.
 */
export async function unsubscribeFromLists(payload: Payload, holder: Holder, lists: number[]): Promise<string[]> {
  const { subscriptions } = (await payload.findByID({ collection: 'subscribers', id: holder.id, depth: 0, joins: false, overrideAccess: true })) as Subscriber
  const leaving = (subscriptions ?? []).filter((r) => (r.status === 'subscribed' || r.status === 'pending') && lists.includes(listIdOf(r))).map(listIdOf)
  if (leaving.length === 0) return []
  const names = await listNames(payload, leaving)
  const named = leaving.map((id) => names.get(id) ?? `Lista ${id}`)
  await move(payload, holder, ['subscribed', 'pending'], 'unsubscribed', { event: 'oneClickUnsubscribed' }, named, leaving)
  return named
}

/** Back on the lists it left: the undo of the button above, from the same page. */
export async function resubscribe(payload: Payload, holder: Holder): Promise<void> {
  if (holder.left.length === 0) return
  await move(payload, holder, ['unsubscribed'], 'subscribed', { event: 'resubscribed' }, holder.left)
}
