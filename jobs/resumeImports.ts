import type { TaskConfig } from 'payload'

import { QUEUES } from '@/lib/jobs/queues'

import { resumeImports } from '@/subscribers/runImport'

/** Every minute: imports whose runner died mid-way go on from their last step (subscribers/runImport.ts). */
export const resumeImportsTask: TaskConfig<{ input: object; output: { resumed: number } }> = {
  slug: 'resumeImports',
  label: 'Återuppta importer',
  schedule: [{ cron: '* * * * *', queue: QUEUES.bulk }],
  outputSchema: [{ name: 'resumed', type: 'number' }],
  handler: async ({ req }) => ({ output: await resumeImports(req) }),
}
