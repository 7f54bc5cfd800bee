/**
 * How the lists grow and shrink, counted as it happens: per list, month and kind of change
 * (`list_changes`), never which address changed. Called by every path that changes a status: the
 * subscribers' hook (collections/Subscribers/hooks/keepConsentRecord.ts) for Payload's writes, and
 * subscribers/suppress.ts for the returns' own statements — in the same transaction as the change.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { sqlDb } from '@/lib/database/sqlDb'

import type { ListChange } from './model'

/** A subscriber's status on a list (subscribers/model.ts names them; this floor is below it). */
type Status = 'pending' | 'subscribed' | 'unsubscribed' | 'bounced'

export type StatusChange = { list: number; from: Status | null; to: Status | null }

/** What a change of status counts as, or null for one that is no change of membership (a row removed, the same status). */
export function changeKind(from: Status | null, to: Status | null): ListChange | null {
  if (to === null || from === to) return null
  if (to === 'pending') return 'signedUp'
  if (to === 'subscribed') return from === 'pending' ? 'confirmed' : 'added'
  if (to === 'bounced') return 'suppressed'
  return from === 'subscribed' || from === 'pending' ? 'unsubscribed' : null
}

const MONTH = sql`date_trunc('month', now() AT TIME ZONE 'Europe/Stockholm')::date`

/**
 * The same counting, as part of the statement that moves the rows (subscribers/suppress.ts): for
 * the rows of a CTE `moved` (list_id, was) moved to `to` from one of `froms` — the kinds decided by
 * changeKind, here as a CASE, so there is still one rule.
 */
export function countMoved(to: Status, froms: Status[]): ReturnType<typeof sql> {
  const kinds = froms.flatMap((from) => {
    const kind = changeKind(from, to)
    return kind ? [[from, kind] as const] : []
  })
  if (kinds.length === 0) return sql`SELECT 1 WHERE false`
  const kindOf = sql`(CASE m.was::text ${sql.join(kinds.map(([from, kind]) => sql`WHEN ${from}::text THEN ${kind}::text`), sql` `)} END)`
  return sql`
    INSERT INTO list_changes (list_id, month, kind, n)
    SELECT k.list_id, ${MONTH}, k.kind, count(*)::int
    FROM (SELECT m.list_id, ${kindOf} AS kind FROM moved m JOIN mailing_lists ml ON ml.id = m.list_id) k
    WHERE k.kind IS NOT NULL GROUP BY k.list_id, k.kind
    ON CONFLICT (list_id, month, kind) DO UPDATE SET n = list_changes.n + excluded.n
    RETURNING 1`
}

export async function countListChanges(payload: Payload, changes: StatusChange[], req?: Partial<Pick<PayloadRequest, 'transactionID'>>): Promise<void> {
  const counted = new Map<string, number>()
  for (const change of changes) {
    const kind = changeKind(change.from, change.to)
    if (kind) counted.set(`${change.list}:${kind}`, (counted.get(`${change.list}:${kind}`) ?? 0) + 1)
  }
  if (counted.size === 0) return
  const db = await sqlDb(payload, req)
  const values = sql.join(
    [...counted].map(([key, n]) => {
      const [list, kind] = key.split(':')
      return sql`(${Number(list)}::int, ${kind}::text, ${n}::int)`
    }),
    sql`, `,
  )
  await db.execute(sql`
    INSERT INTO list_changes (list_id, month, kind, n)
    SELECT v.list_id, ${MONTH}, v.kind, v.n
    FROM (VALUES ${values}) AS v(list_id, kind, n) JOIN mailing_lists ml ON ml.id = v.list_id
    ON CONFLICT (list_id, month, kind) DO UPDATE SET n = list_changes.n + excluded.n`)
}
