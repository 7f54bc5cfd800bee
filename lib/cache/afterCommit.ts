/**
 * Work that must wait until a request's transaction has committed: an expiry written before the
 * commit could be read by a render that still sees the old content (lib/cache/expiryLog.ts).
 * Payload has no such hook, so the database adapter's commit is wrapped once (at init, in
 * payload.config.ts): after the commit it runs what was left for that transaction; a rollback
 * drops it. Remove when Payload offers an after-commit hook of its own.
 */
import type { Payload, PayloadRequest } from 'payload'

type Work = () => Promise<void>
type TransactionId = number | string
type Adapter = {
  sessions?: Record<TransactionId, unknown>
  commitTransaction: (id: TransactionId | Promise<TransactionId>) => Promise<void>
  rollbackTransaction: (id: TransactionId | Promise<TransactionId>) => Promise<void>
}

const WRAPPED = Symbol.for('nytt-fran-rus.afterCommit')
const waiting = new Map<TransactionId, Work[]>()

async function runAll(work: Work[] | undefined, payload: Payload): Promise<void> {
  for (const task of work ?? []) {
    // The change is kept whatever happens here; the failure is logged for whoever runs the site.
    await task().catch((error: unknown) => payload.logger.error({ err: error, msg: 'Work after a commit failed' }))
  }
}

/** Wraps the adapter's commit and rollback; safe to call more than once. */
export function installAfterCommit(payload: Payload): void {
  const adapter = payload.db as unknown as Adapter & { [WRAPPED]?: true }
  if (adapter[WRAPPED]) return
  adapter[WRAPPED] = true
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  adapter.commitTransaction = async (given) => {
    const id = await given
    await commit(id)
    const work = waiting.get(id)
    waiting.delete(id)
    await runAll(work, payload)
  }
  adapter.rollbackTransaction = async (given) => {
    const id = await given
    waiting.delete(id)
    await rollback(id)
  }
}

/** Leaves `work` for after the request's open transaction commits; false when there is none (then nothing is left). */
export async function afterCommit(payload: Payload, req: Partial<Pick<PayloadRequest, 'transactionID'>>, work: Work): Promise<boolean> {
  const adapter = payload.db as unknown as Adapter & { [WRAPPED]?: true }
  const id = req.transactionID ? await req.transactionID : undefined
  if (id === undefined || !adapter[WRAPPED] || !adapter.sessions?.[id]) return false
  waiting.set(id, [...(waiting.get(id) ?? []), work])
  return true
}
