import type { PayloadRequest } from 'payload'

import { BULK_SLICE_MS, QUEUES } from '@/lib/jobs/queues'

import { IMPORT_JOB_CONTEXT, importableRows, importBatch, type BatchResult } from './importPlan'

/** Lines written per step; the admin's progress moves by this much. */
const BATCH = 250

/** How an import's job works: its slice of time before it yields (lib/jobs/queues.ts), lines per step. */
export type ImportPace = { sliceMs: number; batch: number }
const PACE: ImportPace = { sliceMs: BULK_SLICE_MS, batch: BATCH }

/** The import's job (or its next part), at the back of the bulk queue. */
export const queueImportPart = (req: PayloadRequest, importId: number) =>
  req.payload.jobs.queue({ task: 'importSubscribers', queue: QUEUES.bulk, input: { importId }, req })

/**
 * The import itself (queued by "Importera" on a checked import). It works through the file in
 * batches and records after each how far it got, so a restarted server resumes where it
 * stopped; a batch done twice changes nothing (each line is decided again: already on the list).
 * A long import works a slice of time and queues its next part, so a send waiting behind it gets
 * its turn. When done it forgets the file.
 */
export async function runImport(req: PayloadRequest, importId: number, { sliceMs, batch }: ImportPace = PACE): Promise<void> {
  const sliceEnds = Date.now() + sliceMs
  const context = { [IMPORT_JOB_CONTEXT]: true }
  const update = (data: Record<string, unknown>) => req.payload.update({ collection: 'subscriber-imports', id: importId, data, context, overrideAccess: true, req })
  const found = await req.payload.findByID({ collection: 'subscriber-imports', id: importId, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!found || found.status === 'done') return
  const listId = typeof found.list === 'object' ? found.list.id : found.list
  const rows = importableRows(found.csv ?? '')
  const totals: BatchResult = { new: 0, added: 0, already: 0, unsubscribed: 0, ...((found.result as BatchResult | null) ?? {}) }
  await update({ status: 'running' })
  try {
    for (let start = found.processed ?? 0; start < rows.length; start += batch) {
      const done = await importBatch(req, listId, rows.slice(start, start + batch), `${found.startedBy ?? 'Personal'} (import ${found.id})`)
      for (const key of Object.keys(totals) as (keyof BatchResult)[]) totals[key] += done[key]
      await update({ processed: Math.min(start + batch, rows.length), result: totals })
      if (Date.now() >= sliceEnds && start + batch < rows.length) return void (await queueImportPart(req, importId))
    }
  } catch (error) {
    await update({ status: 'failed', error: error instanceof Error ? error.message : String(error) })
    throw error
  }
  await update({ status: 'done', processed: rows.length, result: totals, csv: null, error: null })
}

/** An import nobody has moved on for this long has lost its runner (it records every step, seconds apart). */
export const IMPORT_STALL_MINUTES = 5

/**
 * Takes up imports whose runner died mid-way (a crash, a kill, a deploy): queued or running, and
 * not moved on for IMPORT_STALL_MINUTES. Each goes on from its last recorded step; a step done
 * twice changes nothing. The import is touched as it is queued, so it is not queued again while
 * its job waits for its turn. Every minute (the resumeImports job).
 */
export async function resumeImports(req: PayloadRequest): Promise<{ resumed: number }> {
  const stalled = await req.payload.find({
    collection: 'subscriber-imports',
    where: { and: [{ status: { in: ['queued', 'running'] } }, { updatedAt: { less_than: new Date(Date.now() - IMPORT_STALL_MINUTES * 60_000).toISOString() } }] },
    depth: 0,
    pagination: false,
    select: { status: true },
    overrideAccess: true,
    req,
  })
  for (const { id, status } of stalled.docs) {
    await req.payload.update({ collection: 'subscriber-imports', id, data: { status }, context: { [IMPORT_JOB_CONTEXT]: true }, overrideAccess: true, req })
    await queueImportPart(req, id)
  }
  return { resumed: stalled.docs.length }
}
