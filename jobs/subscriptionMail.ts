import type { TaskConfig } from 'payload'

import { sendServiceMail, type ServiceMailInput } from '@/subscribers/serviceMail'

/** Mail a reader waits for (queue `service`), retried with a growing pause for about four hours (subscribers/serviceMail.ts). */
export const subscriptionMailTask: TaskConfig<{ input: ServiceMailInput; output: object }> = {
  slug: 'subscriptionMail',
  label: 'E-post om en prenumeration',
  inputSchema: [
    { name: 'kind', type: 'select', options: ['signup', 'unsubscribeLink'], required: true },
    { name: 'subscriber', type: 'number' },
    { name: 'lists', type: 'json' },
    { name: 'email', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'organisation', type: 'text' },
  ],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => {
    await sendServiceMail(req, input)
    return { output: {} }
  },
}
