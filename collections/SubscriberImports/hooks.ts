import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'

import { staffOf } from '@/access/roles'
import { IMPORT_JOB_CONTEXT, planImport, type ImportReport } from '@/subscribers/importPlan'
import { queueImportPart } from '@/subscribers/runImport'

type Status = 'checked' | 'queued' | 'running' | 'done' | 'failed'
type Doc = { id: number; processed?: number | null; result?: unknown; error?: string | null; list?: number | { id: number } | null; csv?: string | null; status?: Status | null; report?: ImportReport | null; startedBy?: string | null; title?: string | null }

const idOf = (list: Doc['list']): number | null => (typeof list === 'object' && list ? list.id : (list ?? null))

const importable = (report: ImportReport | null | undefined): number => (report ? report.new + report.added : 0)

/**
 * The dry run and the one move editors make: saving a file (or another list) reads it again and
 * replaces the report; "Importera" moves a checked import to the queue. Once queued, the file and
 * the list are fixed, and only the job moves the status on.
 */
export const checkImport: CollectionBeforeChangeHook<Doc> = async ({ data, originalDoc, operation, req, context }) => {
  if (context[IMPORT_JOB_CONTEXT]) return data
  const before: Partial<Doc> = operation === 'update' ? (originalDoc ?? {}) : {}
  const wasChecked = operation === 'create' || before.status === 'checked'
  if (!wasChecked) {
    // Queued, running or finished: nothing an editor sends changes it.
    const { list, csv, status, report, startedBy, processed, result, error } = before
    return { ...data, list, csv, status, report, startedBy, processed, result, error }
  }
  const listId = idOf(data.list ?? before.list)
  const csv = data.csv ?? before.csv ?? ''
  if (data.status === 'queued' && operation === 'update') {
    if (importable(before.report) === 0) throw new APIError('Det finns inga nya adresser att importera i filen.', 400, null, true)
    return { ...data, list: before.list, csv: before.csv, report: before.report, status: 'queued', startedBy: staffOf({ req })?.email ?? 'Systemet' }
  }
  if (!csv.trim()) throw new APIError('Välj en CSV-fil med adresser, eller klistra in dem.', 400, null, true)
  if (listId === null) throw new APIError('Välj listan som adresserna ska läggas på.', 400, null, true)
  const planned = await planImport(req.payload, listId, csv)
  if ('problem' in planned) throw new APIError(planned.problem, 400, null, true)
  const title = data.title || before.title || `Import ${new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' })}`
  return { ...data, title, status: 'checked', report: planned.report, processed: 0, result: null }
}

export const queueImport: CollectionAfterChangeHook<Doc> = async ({ doc, previousDoc, req, context }) => {
  if (context[IMPORT_JOB_CONTEXT] || doc.status !== 'queued' || previousDoc?.status === 'queued') return doc
  await queueImportPart(req, doc.id)
  return doc
}
