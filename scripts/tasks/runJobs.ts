/**
 * The job runner (`npm run jobs`): takes due jobs from the queue in PostgreSQL (sends, imports,
 * subscription mail, scheduled publishing, the nightly clean-up) and runs them, until SIGTERM or
 * SIGINT. Stopping finishes the message in flight and records it; a runner killed outright leaves
 * its claims to run out, and the next runner takes them up (lib/sending/deliveries.ts).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { requestStop, stopRequested } from '@/lib/jobs/shutdown'

const IDLE_MS = 1000
const SCHEDULES_EVERY_MS = 10_000

async function main(): Promise<void> {
  const payload = await getPayload({ config })
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, requestStop)
  console.log('▸ Running jobs; stop with Ctrl-C.')
  let schedulesAt = 0
  while (!stopRequested()) {
    if (Date.now() >= schedulesAt) {
      await payload.jobs.handleSchedules({ queue: 'default' })
      schedulesAt = Date.now() + SCHEDULES_EVERY_MS
    }
    const result = await payload.jobs.run({ queue: 'default', limit: 10, silent: { info: true } })
    if (result.noJobsRemaining !== false && !stopRequested()) await new Promise((resolve) => setTimeout(resolve, IDLE_MS))
  }
  console.log('▸ Stopped.')
  await payload.db.destroy?.()
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
