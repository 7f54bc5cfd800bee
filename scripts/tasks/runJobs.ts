/**
 * The job runner (`npm run jobs`): takes due jobs from the queues in PostgreSQL (sends, imports,
 * subscription mail, test sends, scheduled publishing, the nightly clean-up) and runs them, until
 * SIGTERM or SIGINT — each queue in a loop of its own (lib/jobs/queues.ts), so a reader's mail or
 * an editor's test send never waits behind a send to ten thousand. Stopping finishes the message in
 * flight and records it; a runner killed outright leaves its claims to run out, and the next runner
 * takes them up (sending/deliveries.ts). Only one runner works at a time (lib/jobs/runnerLock.ts);
 * one started beside it waits to take over. A send's messages are written by worker threads, one
 * per core (sending/senders.ts).
 */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { QUEUE_PACE, QUEUES, type QueueName } from '@/lib/jobs/queues'
import { appRunnerLock, type RunnerLock } from '@/lib/jobs/runnerLock'
import { requestStop, stopRequested } from '@/lib/jobs/shutdown'
import { sendOnThreads } from '@/sending/senders'

const SCHEDULES_EVERY_MS = 10_000

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** One queue: its due jobs as soon as there are any, a pause when there are none. */
async function runQueue(payload: Payload, lock: RunnerLock, queue: QueueName): Promise<void> {
  const { everyMs, limit } = QUEUE_PACE[queue]
  let schedulesAt = 0
  while (!stopRequested()) {
    if (!(await lock.holds())) {
      await pause(everyMs)
      continue
    }
    if (Date.now() >= schedulesAt) {
      await payload.jobs.handleSchedules({ queue })
      schedulesAt = Date.now() + SCHEDULES_EVERY_MS
    }
    const result = await payload.jobs.run({ queue, limit, silent: { info: true } })
    if (result.noJobsRemaining !== false && !stopRequested()) await pause(everyMs)
  }
}

async function main(): Promise<void> {
  const payload = await getPayload({ config })
  // A send's messages are written on a thread per core (sending/senders.ts).
  sendOnThreads(new URL('../../sending/senderThread.ts', import.meta.url))
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, requestStop)
  console.log('▸ Running jobs; stop with Ctrl-C.')
  const lock = appRunnerLock()
  // A second runner (or a web server with JOBS_IN_SERVER on) waits until this one may run.
  if (!(await lock.holds())) console.log('▸ Another runner is running the jobs; waiting to take over.')
  await Promise.all(Object.values(QUEUES).map((queue) => runQueue(payload, lock, queue)))
  console.log('▸ Stopped.')
  await lock.release()
  await payload.db.destroy?.()
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
