import { listIdOf, type SubscriptionRow } from '@/subscribers/model'

/** A list once per subscriber: a second row would make their status on it ambiguous. */
export function uniqueLists(value: unknown): true | string {
  const rows = Array.isArray(value) ? (value as SubscriptionRow[]) : []
  const ids = rows.map(listIdOf).filter((id): id is number => id !== null)
  return new Set(ids).size === ids.length ? true : 'Samma lista finns två gånger. Ta bort den ena raden.'
}
