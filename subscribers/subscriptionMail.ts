/**
 * The mail a sign-up sends, decided when it is sent: a confirmation link for the lists the
 * address is not yet on, or, when it is on all of them already, a note saying so (with its
 * unsubscribe link). The form's answer is the same either way.
 */
import type { Payload, PayloadRequest } from 'payload'

import { getSettings } from '@/content/reads/settings'
import { alreadySubscribedMessage, confirmationMessage, unsubscribeLinkMessage } from '@/emails/service/messages'
import { env } from '@/lib/env'
import { normaliseEmail } from '@/lib/mail/address'
import { mailer as appMailer, type Mailer } from '@/lib/mail/mailer'
import { absoluteUrl, routes } from '@/lib/routes'

import { listNames } from './listNames'
import { listIdOf, type SubscriptionRow } from './model'
import { CONFIRMATION_DAYS, confirmationToken, unsubscribeToken } from './tokens'

type Subscriber = { id: number; email: string; subscriptions?: SubscriptionRow[] | null; unsubscribeKey?: string | null }

const link = (path: string) => absoluteUrl(env.siteUrl, path)

export async function subscriberById(payload: Payload, id: number): Promise<Subscriber | null> {
  // As the system: the subscriber's own link or form brought us here; no reader can read them.
  return (await payload.findByID({ collection: 'subscribers', id, depth: 0, overrideAccess: true, disableErrors: true })) as Subscriber | null
}

export async function sendSignupMail(payload: Payload, subscriberId: number, lists: number[], mailer: Mailer = appMailer()): Promise<void> {
  const subscriber = await subscriberById(payload, subscriberId)
  if (!subscriber) return
  const settings = await getSettings(payload)
  const names = await listNames(payload, lists)
  const subscribed = new Set((subscriber.subscriptions ?? []).filter((r) => r.status === 'subscribed').map(listIdOf))
  const wanted = lists.filter((list) => !subscribed.has(list) && names.has(list))
  const common = { newsletterName: settings.newsletterName, privacyUrl: link(settings.privacyUrl) }
  const message =
    wanted.length > 0
      ? await confirmationMessage({ ...common, lists: wanted.map((l) => names.get(l) ?? ''), confirmUrl: link(routes.subscribeConfirm(confirmationToken(subscriber.id, wanted))), validDays: CONFIRMATION_DAYS })
      : await alreadySubscribedMessage({
          ...common,
          lists: lists.flatMap((l) => names.get(l) ?? []),
          unsubscribeUrl: link(routes.unsubscribe(unsubscribeToken(subscriber.unsubscribeKey ?? ''))),
        })
  await mailer.send({ to: subscriber.email, ...message })
}

export async function sendUnsubscribeLink(payload: Payload, subscriberId: number, mailer: Mailer = appMailer()): Promise<void> {
  const subscriber = await subscriberById(payload, subscriberId)
  if (!subscriber?.unsubscribeKey) return
  const settings = await getSettings(payload)
  const message = await unsubscribeLinkMessage({
    newsletterName: settings.newsletterName,
    privacyUrl: link(settings.privacyUrl),
    unsubscribeUrl: link(routes.unsubscribe(unsubscribeToken(subscriber.unsubscribeKey))),
  })
  await mailer.send({ to: subscriber.email, ...message })
}

/** What the subscriptionMail job is asked to send. */
export type SubscriptionMailInput = { kind: 'signup' | 'unsubscribeLink'; subscriber?: number | null; lists?: unknown; email?: string | null }

const ids = (value: unknown): number[] => (Array.isArray(value) ? value.filter((n): n is number => Number.isInteger(n)) : [])

/**
 * Mail about a subscription that could not wait for, or could not reach, the mail server in the
 * request: a sign-up's confirmation when the server was down, and a personal unsubscribe link
 * asked for on /avregistrera (always sent from the job, so the page answers at once and alike for
 * every address).
 */
export async function sendSubscriptionMail(req: PayloadRequest, input: SubscriptionMailInput): Promise<void> {
  if (input.kind === 'signup' && input.subscriber) return sendSignupMail(req.payload, input.subscriber, ids(input.lists))
  if (input.kind !== 'unsubscribeLink' || !input.email) return
  const { docs } = await req.payload.find({ collection: 'subscribers', where: { email: { equals: normaliseEmail(input.email) } }, depth: 0, limit: 1, overrideAccess: true, req })
  const subscriber = docs[0]
  // Only to an address that has something to leave; nobody else learns which that is.
  if (subscriber?.subscriptions?.some((row: SubscriptionRow) => row.status === 'subscribed' || row.status === 'pending')) await sendUnsubscribeLink(req.payload, subscriber.id)
}
