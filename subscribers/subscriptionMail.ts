/**
 * The mail a sign-up sends, decided when it is sent: a confirmation link for the lists the
 * address is not yet on, or, when it is on all of them already, a note saying so (with its
 * unsubscribe link). The form's answer is the same either way.
 */
import type { Payload } from 'payload'

import { getSettings } from '@/content/reads/settings'
import { alreadySubscribedMessage, confirmationMessage, unsubscribeLinkMessage } from '@/emails/service/messages'
import { env } from '@/lib/env'
import { mailer as appMailer, type Mailer } from '@/lib/mail/mailer'
import { returnPathOf } from '@/lib/mail/returnPath'
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
  await mailer.send({ to: subscriber.email, ...message, ...returnPathOf({ kind: 's', id: subscriber.id }, subscriber.email) })
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
  await mailer.send({ to: subscriber.email, ...message, ...returnPathOf({ kind: 's', id: subscriber.id }, subscriber.email) })
}
