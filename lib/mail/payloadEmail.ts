import type { EmailAdapter } from 'payload'

import { env } from '@/lib/env'

import { mailer } from './mailer'

/** Payload's e-mail (password resets) through the app's one mailer, never a made-up test account. */
export const payloadEmail: EmailAdapter = () => ({
  name: 'nytt-fran-rus-mailer',
  defaultFromAddress: env.mailFrom.address,
  defaultFromName: env.mailFrom.name,
  sendEmail: (message) => mailer().send(message as Parameters<ReturnType<typeof mailer>['send']>[0]),
})
