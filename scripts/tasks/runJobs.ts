/**
 * The job runner (`npm run jobs`): takes due jobs from the queue in PostgreSQL (sends, imports,
 * subscription mail, scheduled publishing, the nightly clean-up) and runs them, until SIGTERM or
 * SIGINT. Stopping finishes the message in flight and records it; a runner killed outright leaves
 * its claims to run out, and the next runner takes them up (sending/deliveries.ts). Only one
 * runner works at a time (lib/jobs/runnerLock.ts); one started beside it waits to take over.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { appRunnerLock } from '@/lib/jobs/runnerLock'
import { requestStop, stopRequested } from '@/lib/jobs/shutdown'

const IDLE_MS = 1000
const SCHEDULES_EVERY_MS = 10_000

async function main(): Promise<void> {
  const payload = await getPayload({ config })
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, requestStop)
  console.log('▸ Running jobs; stop with Ctrl-C.')
  const lock = appRunnerLock()
  let schedulesAt = 0
  let waiting = false
  while (!stopRequested()) {
    // A second runner (or a web server with JOBS_IN_SERVER on) waits until this one may run.
    if (!(await lock.holds())) {
      if (!waiting) console.log('▸ Another runner is running the jobs; waiting to take over.')
      waiting = true
      await new Promise((resolve) => setTimeout(resolve, IDLE_MS))
      continue
    }
    if (waiting) console.log('▸ Running the jobs now.')
    waiting = false
    if (Date.now() >= schedulesAt) {
      await payload.jobs.handleSchedules({ queue: 'default' })
      schedulesAt = Date.now() + SCHEDULES_EVERY_MS
    }
    const result = await payload.jobs.run({ queue: 'default', limit: 10, silent: { info: true } })
    if (result.noJobsRemaining !== false && !stopRequested()) await new Promise((resolve) => setTimeout(resolve, IDLE_MS))
  }
  console.log('▸ Stopped.')
  await lock.release()
  await payload.db.destroy?.()
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
