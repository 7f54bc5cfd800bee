import type { TaskConfig } from 'payload'

import { runImport } from '@/subscribers/runImport'

/** A checked import, worked through in batches (subscribers/runImport.ts). */
export const importSubscribersTask: TaskConfig<{ input: { importId: number }; output: object }> = {
  slug: 'importSubscribers',
  label: 'Importera prenumeranter',
  inputSchema: [{ name: 'importId', type: 'number', required: true }],
  retries: 3,
  handler: async ({ input, req }) => {
    await runImport(req, input.importId)
    return { output: {} }
  },
}
