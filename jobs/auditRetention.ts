import type { TaskConfig } from 'payload'

import { removeExpired } from '@/audit/retention'
import { QUEUES } from '@/lib/jobs/queues'

/** Once a night: log entries older than the retention are removed (audit/retention.ts). */
export const auditRetentionTask: TaskConfig<{ input: object; output: { removed: number; days: number } }> = {
  slug: 'auditRetention',
  label: 'Gallra loggen',
  schedule: [{ cron: '37 3 * * *', queue: QUEUES.bulk }],
  outputSchema: [
    { name: 'removed', type: 'number' },
    { name: 'days', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await removeExpired(req.payload) }),
}
