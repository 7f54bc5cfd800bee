import type { TaskConfig } from 'payload'

import { normaliseEmail } from '@/lib/mail/address'
import { sendSignupMail, sendUnsubscribeLink } from '@/subscribers/subscriptionMail'

type Input = { kind: 'signup' | 'unsubscribeLink'; subscriber?: number | null; lists?: unknown; email?: string | null }

const ids = (value: unknown): number[] => (Array.isArray(value) ? value.filter((n): n is number => Number.isInteger(n)) : [])

/**
 * Mail about a subscription that could not wait for, or could not reach, the mail server in the
 * request: a sign-up's confirmation when the server was down, and a personal unsubscribe link
 * asked for on /avregistrera (always sent from here, so the page answers at once and alike for
 * every address). Retried with a growing pause for about four hours.
 */
export const subscriptionMailTask: TaskConfig<{ input: Input; output: object }> = {
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
    if (input.kind === 'signup' && input.subscriber) {
      await sendSignupMail(req.payload, input.subscriber, ids(input.lists))
      return { output: {} }
    }
    if (input.kind === 'unsubscribeLink' && input.email) {
      const { docs } = await req.payload.find({
        collection: 'subscribers',
        where: { email: { equals: normaliseEmail(input.email) } },
        depth: 0,
        limit: 1,
        overrideAccess: true,
        req,
      })
      const subscriber = docs[0]
      // Only to an address that has something to leave; nobody else learns which that is.
      if (subscriber?.subscriptions?.some((row) => row.status === 'subscribed' || row.status === 'pending')) await sendUnsubscribeLink(req.payload, subscriber.id)
    }
    return { output: {} }
  },
}
