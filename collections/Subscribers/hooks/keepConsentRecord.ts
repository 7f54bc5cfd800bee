import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { staffOf } from '@/access/roles'
import { normaliseEmail } from '@/lib/mail/address'
import { listNames } from '@/subscribers/listNames'
import { CONSENT_CONTEXT, listIdOf, statusLabel, type ConsentEntry, type SubscriptionRow } from '@/subscribers/model'
import { newUnsubscribeKey } from '@/subscribers/tokens'
import { countListChanges, type StatusChange } from '@/statistics/listChanges'

type Doc = { id: number; email?: string | null; subscriptions?: SubscriptionRow[] | null; consent?: ConsentEntry[] | null; unsubscribeKey?: string | null }

const statusByList = (rows: SubscriptionRow[] | null | undefined): Map<number, SubscriptionRow['status']> =>
  new Map((rows ?? []).filter((row) => row.list !== null && row.list !== undefined).map((row) => [listIdOf(row), row.status] as const))

/** What a member of staff changed in the lists, as lines of the record. */
async function staffChanges(req: PayloadRequest, before: Partial<Doc> | undefined, after: Partial<Doc>): Promise<ConsentEntry[]> {
  const staff = staffOf({ req })
  if (!staff) return []
  const was = statusByList(before?.subscriptions)
  const now = statusByList(after.subscriptions)
  const added = [...now].filter(([list]) => !was.has(list))
  const changed = [...now].filter(([list, status]) => was.has(list) && was.get(list) !== status)
  const removed = [...was.keys()].filter((list) => !now.has(list))
  if (changed.some(([list, status]) => was.get(list) === 'bounced' && status !== 'unsubscribed')) {
    throw new APIError('En adress som studsar får utskick igen bara med ”Häv spärren” och en anteckning om varför.', 400, null, true)
  }
  const names = await listNames(req.payload, [...now.keys(), ...removed], req)
  const at = new Date().toISOString()
  const by = staff.email
  const entries: ConsentEntry[] = []
  // A new address is recorded as added by hand even before it is on any list.
  if (added.length > 0 || !before) {
    entries.push({ at, by, event: 'addedByStaff', lists: added.map(([list, status]) => `${names.get(list)} (${statusLabel(status)})`).join(', ') })
  }
  const changes = [
    ...changed.map(([list, status]) => `${names.get(list)}: ${statusLabel(was.get(list) ?? 'pending')} → ${statusLabel(status)}`),
    ...removed.map((list) => `${names.get(list)}: borttagen`),
  ]
  if (changes.length > 0) entries.push({ at, by, event: 'changedByStaff', lists: changes.join(', ') })
  // The consent was given from the old address: the record says who moved it to which.
  const [from, to] = [before?.email, after.email === undefined ? before?.email : after.email].map((address) => (address ? normaliseEmail(address) : address))
  if (before && from && to && from !== to) entries.push({ at, by, event: 'addressChangedByStaff', lists: `${from} → ${to}` })
  return entries
}

/** Each list whose status changed, for the lists' figures (statistics/listChanges.ts). */
function statusChanges(before: Partial<Doc> | undefined, after: Partial<Doc>): StatusChange[] {
  if (after.subscriptions === undefined) return []
  const was = statusByList(before?.subscriptions)
  const now = statusByList(after.subscriptions)
  return [...now].filter(([list, status]) => was.get(list) !== status).map(([list, status]) => ({ list, from: was.get(list) ?? null, to: status }))
}

/**
 * Every change to a subscriber's lists leaves a line in their consent record: the flows that act
 * for the subscriber or the system (sign-up, confirmation, import, unsubscribe) pass their lines
 * in `req.context`; a change by staff in the admin or the API is described here. The record
 * itself cannot be written from outside (its field access), only appended to: here, and by the
 * returns' own statements (subscribers/suppress.ts). Each change of status is counted for the
 * lists' figures too, in the same transaction.
 */
export const keepConsentRecord: CollectionBeforeChangeHook<Doc> = async ({ data, originalDoc, operation, req, context }) => {
  if (operation === 'create') data.unsubscribeKey = newUnsubscribeKey()
  const given = context[CONSENT_CONTEXT] as ConsentEntry[] | undefined
  const entries = given ?? (await staffChanges(req, operation === 'update' ? originalDoc : undefined, data))
  await countListChanges(req.payload, statusChanges(operation === 'update' ? originalDoc : undefined, data), req)
  const kept = operation === 'update' ? (originalDoc?.consent ?? []) : []
  data.consent = [...kept.map(({ at, event, lists, by, note }) => ({ at, event, lists, by, note })), ...entries]
  return data
}
