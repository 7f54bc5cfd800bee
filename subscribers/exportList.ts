import { stringify } from 'csv-stringify/sync'
import { APIError, type PayloadRequest } from 'payload'

import { auditAction } from '@/audit/documents'

import { asSpreadsheetText } from './csvRows'
import { subscribedOn } from './recipients'

/**
 * A list's confirmed addresses as CSV, for staff: a semicolon and a byte-order mark, as Excel in
 * Swedish opens it, and no cell a spreadsheet would run as a formula; the import reads it back.
 */
export async function exportList(req: PayloadRequest, id: number): Promise<Response> {
  const list = Number.isInteger(id) ? await req.payload.findByID({ collection: 'mailing-lists', id, depth: 0, overrideAccess: false, req, disableErrors: true }) : null
  if (!list) throw new APIError('Listan finns inte.', 404, null, true)
  const members = await subscribedOn(req.payload, id)
  const csv = stringify(
    members.map((m) => [m.email, m.name ?? '', m.organisation ?? ''].map(asSpreadsheetText)),
    { header: true, columns: ['e-post', 'namn', 'organisation'], delimiter: ';', bom: true, record_delimiter: 'windows' },
  )
  await auditAction(req.payload, req, { kind: 'subscribersExported', collection: 'mailing-lists', documentId: list.id, title: list.name, note: `${members.length} adresser` })
  const file = `${list.name.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'lista'}.csv`
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${file}"`, 'Cache-Control': 'no-store' },
  })
}
