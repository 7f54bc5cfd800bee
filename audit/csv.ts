import { stringify } from 'csv-stringify/sync'

import { formatDate, formatTime } from '@/lib/dates'
import { asSpreadsheetText } from '@/lib/spreadsheetText'

import { auditKindLabel } from './model'
import type { AuditRow } from './search'

/** The log as a spreadsheet opens it (semicolons, a BOM for Excel), in Swedish. */
export function auditCsv(rows: AuditRow[]): string {
  const header = ['Tid', 'Person', 'Vad', 'Samling', 'Dokument', 'Rubrik', 'Fält', 'Anteckning', 'Adress']
  // Every cell as text: a failed sign-in's "address" is whatever a stranger typed (=HYPERLINK(…)).
  const lines = rows.map((r) =>
    [`${formatDate(r.at)} ${formatTime(r.at)}`, r.actor ?? '', auditKindLabel(r.kind), r.collection ?? '', r.documentId ?? '', r.title ?? '', (r.fields ?? []).join(', '), r.note ?? '', r.address ?? ''].map(asSpreadsheetText),
  )
  return stringify([header, ...lines], { delimiter: ';', bom: true, record_delimiter: 'windows' })
}
