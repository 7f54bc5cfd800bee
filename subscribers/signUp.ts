/**
 * A sign-up from the public form. What it stores is what the form asked (address, name,
 * organisation, lists) and a line in the consent record; the subscriber is on no list until the
 * link in the confirmation mail is followed (double opt-in). The answer is the same whether the
 * address was known or not: a known address gets a note instead of a link, a new one the link.
 * A mail server that is down loses nothing: the sign-up is kept and its mail sent by a job.
 */
import type { Payload } from 'payload'

import { mailer as appMailer, type Mailer } from '@/lib/mail/mailer'
import { smtpFailure } from '@/lib/mail/smtpFailure'
import { listNames } from '@/subscribers/listNames'
import { BY_SUBSCRIBER, CONSENT_CONTEXT, listIdOf, type SubscriptionRow, savedRows } from '@/subscribers/model'

import { sendSignupMail } from './subscriptionMail'

export type SignUp = { email: string; name: string | null; organisation: string | null; lists: number[] }

/** 'sent': the mail went out; 'queued': the mail server failed, a job will send it. */
export type SignUpOutcome = 'sent' | 'queued'

type Found = { id: number; name?: string | null; organisation?: string | null; subscriptions?: SubscriptionRow[] | null }

async function record(payload: Payload, form: SignUp): Promise<number> {
  const names = await listNames(payload, form.lists)
  const consent = [{ at: new Date().toISOString(), event: 'signupRequested' as const, lists: form.lists.map((l) => names.get(l)).join(', '), by: BY_SUBSCRIBER }]
  const context = { [CONSENT_CONTEXT]: consent }
  // As the system: readers have no access to subscribers, and must learn nothing of them.
  const { docs } = await payload.find({ collection: 'subscribers', where: { email: { equals: form.email } }, depth: 0, limit: 1, overrideAccess: true })
  const found = docs[0] as Found | undefined
  if (!found) {
    const created = await payload.create({
      collection: 'subscribers',
      data: { email: form.email, name: form.name, organisation: form.organisation, subscriptions: form.lists.map((list) => ({ list, status: 'pending' as const })) },
      context,
      overrideAccess: true,
    })
    return created.id
  }
  const rows = found.subscriptions ?? []
  const onLists = new Set(rows.map(listIdOf))
  const missing = form.lists.filter((list) => !onLists.has(list))
  const alreadyOnAll = rows.filter((r) => r.status === 'subscribed' && form.lists.includes(listIdOf(r))).length === form.lists.length
  if (alreadyOnAll) return found.id
  // A list the address has left stays "unsubscribed" until the link is followed; new lists wait as "pending".
  await payload.update({
    collection: 'subscribers',
    id: found.id,
    data: {
      name: found.name || form.name,
      organisation: found.organisation || form.organisation,
      subscriptions: [...savedRows(rows), ...missing.map((list) => ({ list, status: 'pending' as const }))],
    },
    context,
    overrideAccess: true,
  })
  return found.id
}

export async function signUp(payload: Payload, form: SignUp, mailer: Mailer = appMailer()): Promise<SignUpOutcome> {
  const subscriber = await record(payload, form)
  try {
    await sendSignupMail(payload, subscriber, form.lists, mailer)
    return 'sent'
  } catch (error) {
    payload.logger.warn({ msg: 'Sign-up mail not sent; queued for a retry', reason: smtpFailure(error).message })
    await payload.jobs.queue({ task: 'subscriptionMail', input: { kind: 'signup', subscriber, lists: form.lists } })
    return 'queued'
  }
}
