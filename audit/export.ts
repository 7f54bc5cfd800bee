import type { PayloadRequest } from 'payload'

import { attachment } from '@/lib/http/responses'

import { auditCsv } from './csv'
import { allAudit, filterOf } from './search'

/** At most this many lines in one CSV: a narrower filter for more. */
export const CSV_CAP = 100_000

/** The log as the admin's filter selects it, as a CSV file (admins; the endpoint checks). */
export async function exportAudit(req: PayloadRequest): Promise<Response> {
  const filter = filterOf(req.searchParams)
  const rows = await allAudit(req.payload, filter, CSV_CAP)
  return new Response(auditCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Cache-Control': 'no-store', ...attachment('logg.csv') } })
}
