import type { TaskConfig } from 'payload'

import { QUEUES } from '@/lib/jobs/queues'

import { purgeUnconfirmed } from '@/subscribers/purgeUnconfirmed'

/** Once a night: unconfirmed sign-ups are forgotten (subscribers/purgeUnconfirmed.ts). */
export const purgeUnconfirmedTask: TaskConfig<{ input: object; output: { deleted: number; trimmed: number } }> = {
  slug: 'purgeUnconfirmed',
  label: 'Ta bort obekräftade anmälningar',
  schedule: [{ cron: '17 3 * * *', queue: QUEUES.bulk }],
  outputSchema: [
    { name: 'deleted', type: 'number' },
    { name: 'trimmed', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await purgeUnconfirmed(req) }),
}
