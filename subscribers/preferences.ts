/**
 * "Dina prenumerationer": a reader's own page, opened with the personal link in every message.
 * The signed link is the reader's key to their record (it reached their mailbox), so what they
 * choose there takes effect at once: lists ticked are received (a list open to sign-up may be
 * added), lists unticked are left, and their name and organisation are theirs to correct. Each
 * change is a line in the consent record, by the subscriber.
 */
import type { Payload } from 'payload'

import { openLists } from './openLists'
import { BY_SUBSCRIBER, CONSENT_CONTEXT, listIdOf, type ConsentEntry, type SubscriptionRow, type SubscriptionStatus } from './model'
import { unsubscribeKeyOf } from './tokens'

export type PreferenceList = { id: number; name: string; description: string | null; status: SubscriptionStatus | null }

export type Preferences = { id: number; email: string; name: string; organisation: string; lists: PreferenceList[] }

export type PreferenceChoice = { lists: number[]; name: string; organisation: string }

export type PreferenceChange = { received: string[]; left: string[]; detailsChanged: boolean }

type Row = SubscriptionRow & { list: number | { id: number; name?: string; description?: string | null } }

const RECEIVING: SubscriptionStatus[] = ['subscribed', 'pending']

/** The lists the reader is on (any status) and those open to sign-up, with their status, by name. */
export async function preferencesOf(payload: Payload, token: string): Promise<Preferences | 'invalid' | 'gone'> {
  const key = unsubscribeKeyOf(token)
  if (!key) return 'invalid'
  const { docs } = await payload.find({ collection: 'subscribers', where: { unsubscribeKey: { equals: key } }, depth: 1, joins: false, limit: 1, overrideAccess: true })
  const subscriber = docs[0]
  if (!subscriber) return 'gone'
  const rows = (subscriber.subscriptions ?? []) as Row[]
  const mine: PreferenceList[] = rows.map((row) => {
    const list = typeof row.list === 'object' ? row.list : { id: row.list }
    return { id: list.id, name: ('name' in list && list.name) || `Lista ${list.id}`, description: ('description' in list && list.description) || null, status: row.status }
  })
  const open = (await openLists(payload)).filter((list) => !mine.some((m) => m.id === list.id)).map((list) => ({ ...list, status: null }))
  const lists = [...mine, ...open].sort((a, b) => a.name.localeCompare(b.name, 'sv'))
  return { id: subscriber.id, email: subscriber.email, name: subscriber.name ?? '', organisation: subscriber.organisation ?? '', lists }
}

const clean = (value: string): string => value.replace(/\s+/g, ' ').trim().slice(0, 200)

/** Saves what the reader chose; what changed. Lists that are neither theirs nor open are ignored. */
export async function savePreferences(payload: Payload, token: string, choice: PreferenceChoice): Promise<PreferenceChange | 'invalid' | 'gone'> {
  const now = await preferencesOf(payload, token)
  if (typeof now === 'string') return now
  const chosen = new Set(choice.lists)
  const byId = new Map(now.lists.map((l) => [l.id, l]))
  const doc = await payload.findByID({ collection: 'subscribers', id: now.id, depth: 0, joins: false, overrideAccess: true })
  const rows = (doc.subscriptions ?? []) as SubscriptionRow[]
  const received: string[] = []
  const left: string[] = []
  const next = rows.map((row) => {
    const id = listIdOf(row)
    const name = byId.get(id)?.name ?? `Lista ${id}`
    if (chosen.has(id) && row.status !== 'subscribed') {
      received.push(name)
      return { id: row.id, list: id, status: 'subscribed' as const }
    }
    if (!chosen.has(id) && RECEIVING.includes(row.status)) {
      left.push(name)
      return { id: row.id, list: id, status: 'unsubscribed' as const }
    }
    return { id: row.id, list: id, status: row.status }
  })
  for (const id of chosen) {
    const list = byId.get(id)
    if (list && list.status === null) {
      received.push(list.name)
      next.push({ id: undefined, list: id, status: 'subscribed' as const })
    }
  }
  const name = clean(choice.name)
  const organisation = clean(choice.organisation)
  const detailsChanged = name !== now.name || organisation !== now.organisation
  if (received.length === 0 && left.length === 0 && !detailsChanged) return { received, left, detailsChanged }
  const at = new Date().toISOString()
  const consent: ConsentEntry[] = [
    ...(received.length > 0 ? [{ at, event: 'chosenByReader' as const, lists: received.join(', '), by: BY_SUBSCRIBER }] : []),
    ...(left.length > 0 ? [{ at, event: 'unsubscribed' as const, lists: left.join(', '), by: BY_SUBSCRIBER }] : []),
  ]
  await payload.update({
    collection: 'subscribers',
    id: now.id,
    data: { subscriptions: next, name: name || null, organisation: organisation || null },
    context: { [CONSENT_CONTEXT]: consent },
    overrideAccess: true,
  })
  return { received, left, detailsChanged }
}
