import type { TaskConfig } from 'payload'

import { sendSubscriptionMail, type SubscriptionMailInput } from '@/subscribers/subscriptionMail'

/** Mail about a subscription, retried with a growing pause for about four hours (subscribers/subscriptionMail.ts). */
export const subscriptionMailTask: TaskConfig<{ input: SubscriptionMailInput; output: object }> = {
  slug: 'subscriptionMail',
  label: 'E-post om en prenumeration',
  inputSchema: [
    { name: 'kind', type: 'select', options: ['signup', 'unsubscribeLink'], required: true },
    { name: 'subscriber', type: 'number' },
    { name: 'lists', type: 'json' },
    { name: 'email', type: 'text' },
  ],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => {
    await sendSubscriptionMail(req, input)
    return { output: {} }
  },
}
