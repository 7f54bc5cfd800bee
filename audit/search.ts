import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { stockholmTime } from '@/lib/dates'

import { isAuditKind, PAGE_SIZE, type AuditKind } from './model'

/** What an admin filters the log by: a person (their e-mail), a kind, a first and a last day. */
export type AuditFilter = { actor?: string; kind?: AuditKind; from?: string; to?: string; page?: number }

export type AuditRow = {
  id: number
  at: string
  actor: string | null
  kind: string
  collection: string | null
  documentId: string | null
  title: string | null
  fields: string[] | null
  note: string | null
  address: string | null
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
/** A real day (not 2024-00-10 or 0000-01-01), as the date field sends it. */
const isDay = (value: string) => DAY.test(value) && value >= '1900-01-01' && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
type SQL = ReturnType<typeof sql>

/** The filter from a query string, each part kept only when it is what it should be. */
export function filterOf(params: { get(name: string): string | null }): AuditFilter {
  const actor = params.get('person')?.trim().toLowerCase().slice(0, 254)
  const kind = params.get('typ')
  const from = params.get('fran') ?? ''
  const to = params.get('till') ?? ''
  const page = Number(params.get('sida') ?? '1')
  return {
    ...(actor ? { actor } : {}),
    ...(isAuditKind(kind) ? { kind } : {}),
    ...(isDay(from) ? { from } : {}),
    ...(isDay(to) ? { to } : {}),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  }
}

function whereOf(filter: AuditFilter): SQL {
  const parts: SQL[] = [sql`TRUE`]
  if (filter.actor) parts.push(sql`lower(actor) = ${filter.actor}`)
  if (filter.kind) parts.push(sql`kind = ${filter.kind}`)
  if (filter.from) parts.push(sql`at >= ${stockholmTime(filter.from, '00:00').toISOString()}::timestamptz`)
  if (filter.to) parts.push(sql`at < ${new Date(stockholmTime(filter.to, '00:00').getTime() + 24 * 3600_000).toISOString()}::timestamptz`)
  return sql.join(parts, sql` AND `)
}

type Raw = { id: string | number; at: string | Date; actor: string | null; kind: string; collection: string | null; document_id: string | null; title: string | null; fields: string[] | null; note: string | null; address: string | null }

const toRow = (r: Raw): AuditRow => ({
  id: Number(r.id),
  at: new Date(r.at).toISOString(),
  actor: r.actor,
  kind: r.kind,
  collection: r.collection,
  documentId: r.document_id,
  title: r.title,
  fields: r.fields,
  note: r.note,
  address: r.address,
})

/**
 * A page of the log, newest first, and whether there is a next one (no count of a million rows:
 * one more row is asked for). Each filter has its index (person, kind, time).
 */
export async function searchAudit(payload: Payload, filter: AuditFilter, limit = PAGE_SIZE): Promise<{ rows: AuditRow[]; more: boolean }> {
  const offset = ((filter.page ?? 1) - 1) * limit
  const result = await payload.db.drizzle.execute(sql`
    SELECT id, at, actor, kind, collection, document_id, title, fields, note, address FROM audit_log
    WHERE ${whereOf(filter)} ORDER BY at DESC, id DESC LIMIT ${limit + 1} OFFSET ${offset}`)
  const rows = (result.rows as Raw[]).map(toRow)
  return { rows: rows.slice(0, limit), more: rows.length > limit }
}

/** Every entry the filter selects, for the CSV (at most `cap`, newest first). */
export async function allAudit(payload: Payload, filter: AuditFilter, cap: number): Promise<AuditRow[]> {
  return (await searchAudit(payload, { ...filter, page: 1 }, cap)).rows
}
