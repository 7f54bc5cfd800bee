import type { PayloadRequest } from 'payload'

import { IMPORT_JOB_CONTEXT, importableRows, importBatch, type BatchResult } from './importPlan'

/** Lines written per step; the admin's progress moves by this much. */
const BATCH = 250

/**
 * The import itself (queued by "Importera" on a checked import). It works through the file in
 * batches and records after each how far it got, so a restarted server resumes where it
 * stopped; a batch done twice changes nothing (each line is decided again: already on the list).
 * When done it forgets the file.
 */
export async function runImport(req: PayloadRequest, importId: number): Promise<void> {
  const context = { [IMPORT_JOB_CONTEXT]: true }
  const update = (data: Record<string, unknown>) => req.payload.update({ collection: 'subscriber-imports', id: importId, data, context, overrideAccess: true, req })
  const found = await req.payload.findByID({ collection: 'subscriber-imports', id: importId, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!found || found.status === 'done') return
  const listId = typeof found.list === 'object' ? found.list.id : found.list
  const rows = importableRows(found.csv ?? '')
  const totals: BatchResult = { new: 0, added: 0, already: 0, unsubscribed: 0, ...((found.result as BatchResult | null) ?? {}) }
  await update({ status: 'running' })
  try {
    for (let start = found.processed ?? 0; start < rows.length; start += BATCH) {
      const done = await importBatch(req, listId, rows.slice(start, start + BATCH), `${found.startedBy ?? 'Personal'} (import ${found.id})`)
      for (const key of Object.keys(totals) as (keyof BatchResult)[]) totals[key] += done[key]
      await update({ processed: Math.min(start + BATCH, rows.length), result: totals })
    }
  } catch (error) {
    await update({ status: 'failed', error: error instanceof Error ? error.message : String(error) })
    throw error
  }
  await update({ status: 'done', processed: rows.length, result: totals, csv: null, error: null })
}
