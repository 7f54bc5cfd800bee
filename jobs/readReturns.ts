import type { TaskConfig } from 'payload'

import { QUEUES } from '@/lib/jobs/queues'

import { readReturns } from '@/returns/read'

/** Every minute: bounces, complaints and unsubscribes that came back by mail are read and acted on (returns/). */
export const readReturnsTask: TaskConfig<{ input: object; output: { read: number; understood: number; unknown: number; duplicates: number; left: number } }> = {
  slug: 'readReturns',
  label: 'Läs returer',
  schedule: [{ cron: '* * * * *', queue: QUEUES.bulk }],
  outputSchema: [
    { name: 'read', type: 'number' },
    { name: 'understood', type: 'number' },
    { name: 'unknown', type: 'number' },
    { name: 'duplicates', type: 'number' },
    { name: 'left', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await readReturns(req.payload) }),
}
