/**
 * Limits on the public forms that send mail (sign-up, "send me my unsubscribe link"). They stop
 * the one who asks, not the one mailed: a stranger cannot fill an inbox, nor take its owner's
 * turn. Counted per inbox (lib/mail/address.ts mailboxOf: +tags and case are one inbox) and per
 * client (an IPv6 /64 is one), where junk cannot push a count out (lib/security/sharedThrottle.ts).
 *
 * - per client: 20 an hour — an office of people behind one address signs up at once.
 * - per inbox from one client: 3 an hour — answered "too many, try again in …" (429).
 * - per inbox from everywhere: 10 a day — over it the answer is the usual one and no mail goes:
 *   whoever floods an inbox from many clients learns nothing, and its owner gets at most 10.
 */
import { mailboxOf } from '@/lib/mail/address'

import { sharedThrottle } from './sharedThrottle'

const HOUR = 60 * 60 * 1000

export const FORM_LIMITS = {
  perClient: { limit: 20, windowMs: HOUR },
  perInboxFromClient: { limit: 3, windowMs: HOUR },
  perInbox: { limit: 10, windowMs: 24 * HOUR },
}

/** Go ahead; answer as usual but send nothing; or refuse with a time to wait. */
export type FormVerdict = { go: true } | { go: false; quietly: true } | { go: false; quietly: false; retryAfterSeconds: number }

/** One request from a public form to mail an address: the limits' verdict, counted as it is asked. */
export async function checkFormLimits(client: string, email: string): Promise<FormVerdict> {
  const inbox = mailboxOf(email)
  const byClient = await sharedThrottle('form-client', FORM_LIMITS.perClient).attempt(client)
  if (!byClient.allowed) return { go: false, quietly: false, retryAfterSeconds: byClient.retryAfterSeconds }
  const fromClient = await sharedThrottle('form-inbox-client', FORM_LIMITS.perInboxFromClient).attempt(`${inbox}|${client}`)
  if (!fromClient.allowed) return { go: false, quietly: false, retryAfterSeconds: fromClient.retryAfterSeconds }
  const byInbox = await sharedThrottle('form-inbox', FORM_LIMITS.perInbox).attempt(inbox)
  return byInbox.allowed ? { go: true } : { go: false, quietly: true }
}

export function tooManyFormsMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60)
  return `Det har kommit för många anmälningar på kort tid. Försök igen om ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}.`
}
