import type { TaskConfig } from 'payload'

import { QUEUES } from '@/lib/jobs/queues'

import { resumeSends } from '@/sending/run'

/** Every minute: sends that have something due and nobody working on them go on (sending/run.ts). */
export const resumeSendingsTask: TaskConfig<{ input: object; output: { resumed: number; finished: number } }> = {
  slug: 'resumeSendings',
  label: 'Återuppta utskick',
  schedule: [{ cron: '* * * * *', queue: QUEUES.bulk }],
  outputSchema: [
    { name: 'resumed', type: 'number' },
    { name: 'finished', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await resumeSends(req.payload, req) }),
}
