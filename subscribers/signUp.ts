/**
 * A sign-up from the public form. The request only queues it (requestSignUp): it reads nothing
 * about the address and waits for no mail server, so the answer comes at once and takes the same
 * time whether the address was known or not. The job (carryOutSignUp) then stores a new address
 * with what the form asked (name, organisation, lists waiting for confirmation) and a line in the
 * consent record, and mails the link; a known address is not changed at all — nothing a stranger
 * types reaches a subscriber's record before the confirmation — and gets the link for the lists it
 * is not on, or a note when it is on them all. The subscriber is on no list until the link is
 * followed (double opt-in). A mail server that is down loses nothing: the job tries again.
 */
import { createLocalReq, type Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { sqlDb } from '@/lib/database/sqlDb'
import { inTransaction } from '@/lib/database/transaction'
import { QUEUES } from '@/lib/jobs/queues'
import { mailer as appMailer, type Mailer } from '@/lib/mail/mailer'

import { listNames } from './listNames'
import { BY_SUBSCRIBER, CONSENT_CONTEXT } from './model'
import { sendSignupMail } from './subscriptionMail'

export type SignUp = { email: string; name: string | null; organisation: string | null; lists: number[] }

// The first of the two keys of the per-address lock below (the second is a hash of the address).
export const ADDRESS_TURN = 720_310_424

/**
 * The subscriber's id: a new address stored, waiting for confirmation; a known one as it is. Two
 * sign-ups of one new address run side by side in the service queue; each takes the address's
 * turn (a transaction-scoped advisory lock) before it looks, so the second finds what the first
 * stored instead of storing it again (the address is unique: its job would fail and wait minutes).
 */
async function record(payload: Payload, form: SignUp): Promise<number> {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    const db = await sqlDb(payload, req)
    await db.execute(sql`SELECT pg_advisory_xact_lock(${ADDRESS_TURN}, hashtext(${form.email}))`)
    // As the system: readers have no access to subscribers, and must learn nothing of them.
    const { docs } = await payload.find({ collection: 'subscribers', where: { email: { equals: form.email } }, depth: 0, limit: 1, overrideAccess: true, req })
    const found = docs[0]
    if (found) return found.id
    const names = await listNames(payload, form.lists)
    const consent = [{ at: new Date().toISOString(), event: 'signupRequested' as const, lists: form.lists.map((l) => names.get(l)).join(', '), by: BY_SUBSCRIBER }]
    const created = await payload.create({
      collection: 'subscribers',
      data: { email: form.email, name: form.name, organisation: form.organisation, subscriptions: form.lists.map((list) => ({ list, status: 'pending' as const })) },
      context: { [CONSENT_CONTEXT]: consent },
      overrideAccess: true,
      req,
    })
    return created.id
  })
}

/** The form's request, queued for the mail a reader waits for (lib/jobs/queues.ts). */
export async function requestSignUp(payload: Payload, form: SignUp): Promise<void> {
  await payload.jobs.queue({ task: 'subscriptionMail', queue: QUEUES.service, input: { kind: 'signup', ...form } })
}

/** The job's part: store a new address, then mail the link or the note (throws while the mail server cannot take it). */
export async function carryOutSignUp(payload: Payload, form: SignUp, mailer: Mailer = appMailer()): Promise<void> {
  await sendSignupMail(payload, await record(payload, form), form.lists, mailer)
}
