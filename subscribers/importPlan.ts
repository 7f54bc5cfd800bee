/**
 * A CSV import into one list, in two steps: the dry run says, line by line, what the import would
 * do; the import (a job, lib/jobs/importSubscribers.ts) does it in batches, deciding each line
 * again against the address book as it is then. An address that has left a list or bounced is
 * never put back by an import: only its owner can, by signing up again.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { readCsv, type CsvProblem, type CsvRow } from './csvRows'
import { listNames } from './listNames'
import { CONSENT_CONTEXT, listIdOf, type ConsentEntry, type SubscriptionRow, savedRows } from './model'

export type Outcome = 'new' | 'added' | 'already' | 'unsubscribed'

export type ImportReport = {
  total: number
  new: number
  added: number
  already: number
  unsubscribed: number
  invalid: number
  duplicates: number
  /** The lines that will not be imported, and why (the first MAX_PROBLEMS). */
  problems: CsvProblem[]
}

const MAX_PROBLEMS = 1000

type Known = { id: number; statuses: Map<number, string> }

/** The subscribers among these addresses, with their status on each list. */
async function knownAddresses(payload: Payload, emails: string[]): Promise<Map<string, Known>> {
  const known = new Map<string, Known>()
  for (let start = 0; start < emails.length; start += 5000) {
    const chunk = emails.slice(start, start + 5000)
    const { rows } = await payload.db.drizzle.execute(sql`
      SELECT s.id, s.email, ss.list_id, ss.status FROM subscribers s
      LEFT JOIN subscribers_subscriptions ss ON ss._parent_id = s.id
      WHERE s.email IN (${sql.join(chunk.map((email) => sql`${email}`), sql`, `)})`)
    for (const row of rows as { id: number; email: string; list_id: number | null; status: string | null }[]) {
      const entry = known.get(row.email) ?? { id: row.id, statuses: new Map() }
      if (row.list_id !== null && row.status) entry.statuses.set(row.list_id, row.status)
      known.set(row.email, entry)
    }
  }
  return known
}

function outcomeFor(known: Known | undefined, listId: number): Outcome {
  if (!known) return 'new'
  if (known.statuses.get(listId) === 'subscribed') return 'already'
  if ([...known.statuses.values()].some((status) => status === 'unsubscribed' || status === 'bounced')) return 'unsubscribed'
  return 'added'
}

export async function planImport(payload: Payload, listId: number, csv: string): Promise<{ report: ImportReport } | { problem: string }> {
  const read = readCsv(csv)
  if ('problem' in read) return read
  const known = await knownAddresses(payload, read.rows.map((row) => row.email))
  const report: ImportReport = { total: read.total, new: 0, added: 0, already: 0, unsubscribed: 0, invalid: read.invalid.length, duplicates: read.duplicates.length, problems: [] }
  const left: CsvProblem[] = []
  for (const row of read.rows) {
    const outcome = outcomeFor(known.get(row.email), listId)
    report[outcome] += 1
    if (outcome === 'unsubscribed') left.push({ line: row.line, value: row.email, reason: 'Har avregistrerat sig eller studsat – läggs inte till' })
  }
  report.problems = [...read.invalid, ...read.duplicates, ...left].sort((a, b) => a.line - b.line).slice(0, MAX_PROBLEMS)
  return { report }
}

/** The rows an import would write, in file order (for the job, which works through them in batches). */
export function importableRows(csv: string): CsvRow[] {
  const read = readCsv(csv)
  return 'problem' in read ? [] : read.rows
}

export type BatchResult = Record<Outcome, number>

/**
 * Writes one batch: new addresses are created on the list, known ones put on it; each with a line
 * in their consent record naming who imported them. Run by the import job, as the system.
 */
export async function importBatch(req: PayloadRequest, listId: number, rows: CsvRow[], by: string): Promise<BatchResult> {
  const result: BatchResult = { new: 0, added: 0, already: 0, unsubscribed: 0 }
  const known = await knownAddresses(req.payload, rows.map((row) => row.email))
  const listName = (await listNames(req.payload, [listId], req)).get(listId) ?? String(listId)
  const entry = (): ConsentEntry[] => [{ at: new Date().toISOString(), event: 'imported', lists: listName, by }]
  for (const row of rows) {
    const found = known.get(row.email)
    const outcome = outcomeFor(found, listId)
    result[outcome] += 1
    if (outcome === 'new') {
      await req.payload.create({
        collection: 'subscribers',
        data: { email: row.email, name: row.name, organisation: row.organisation, subscriptions: [{ list: listId, status: 'subscribed' }] },
        context: { [CONSENT_CONTEXT]: entry() },
        overrideAccess: true,
        req,
      })
    } else if (outcome === 'added' && found) {
      const subscriber = await req.payload.findByID({ collection: 'subscribers', id: found.id, depth: 0, overrideAccess: true, req })
      const rowsNow = (subscriber.subscriptions ?? []) as SubscriptionRow[]
      const others = rowsNow.filter((r) => listIdOf(r) !== listId)
      await req.payload.update({
        collection: 'subscribers',
        id: found.id,
        data: {
          name: subscriber.name || row.name,
          organisation: subscriber.organisation || row.organisation,
          subscriptions: [...savedRows(others), { list: listId, status: 'subscribed' }],
        },
        context: { [CONSENT_CONTEXT]: entry() },
        overrideAccess: true,
        req,
      })
    }
  }
  return result
}

/** Set by the import job (jobs/importSubscribers.ts): the only writer of an import's statuses after "queued". */
export const IMPORT_JOB_CONTEXT = 'importJob'
