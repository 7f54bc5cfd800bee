import type { TaskConfig } from 'payload'

import { runSend } from '@/sending/run'

/** One send, as far as it is due (sending/run.ts). */
export const runSendingTask: TaskConfig<{ input: { sending: number }; output: object }> = {
  slug: 'runSending',
  label: 'Skicka ett utskick',
  inputSchema: [{ name: 'sending', type: 'number', required: true }],
  handler: async ({ input, req }) => {
    await runSend(req.payload, input.sending)
    return { output: {} }
  },
}
