/**
 * A send that went out to one subscriber, as the send's queue and runner leave it (a published
 * issue, its send to `lists` marked done, the delivery marked sent): for tests of what comes after
 * a send — returns, one-click from a message — without sending anything. The send's id is returned
 * so the test can remove what it made.
 */
import type { Payload } from 'payload'

import { returnTag } from '@/lib/mail/returnPath'

import { makeIssue } from './content'

export async function makeSentDelivery(payload: Payload, { subscriber, email, lists }: { subscriber: number; email: string; lists: number[] }) {
  const issue = await makeIssue(payload, 'published')
  const sending = await payload.create({ collection: 'sendings', data: { issue: issue.id, kind: 'newsletter', lists, status: 'done', subject: 's', html: 'h', text: 't', placeholder: '{{unsubscribe}}' }, overrideAccess: true })
  const delivery = await payload.create({ collection: 'deliveries', data: { sending: sending.id, issue: issue.id, subscriber, email, status: 'sent' }, overrideAccess: true })
  return { sending: sending.id, delivery: delivery.id, returnTag: returnTag({ kind: 'd', id: delivery.id }) }
}
