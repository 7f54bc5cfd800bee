import net from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sql } from '@payloadcms/db-postgres'
import pg from 'pg'

import { POST as signUpForm } from '@/app/(site)/prenumerera/route'
import { normaliseEmail } from '@/lib/mail/address'
import { createMailer, replaceMailer } from '@/lib/mail/mailer'
import { confirmationToken, unsubscribeToken } from '@/subscribers/tokens'
import { INTERNATIONAL_ADDRESSES } from '@/testing/addresses'
import { linkIn, mailTo, waitForMail } from '@/testing/mailbox'
import { testPayload, unique } from '@/testing/payload'
import { startTestSmtp } from '@/testing/smtpServer'

import { checkConfirmation, confirm } from './confirm'
import { ADDRESS_TURN, carryOutSignUp, requestSignUp, type SignUp } from './signUp'
import { holderOf, resubscribe, unsubscribe } from './unsubscribe'

const MAILBOX = process.env.TEST_MAILBOX_DIR ?? ''
const from = { name: 'Nytt från RUS', address: 'nyhetsbrev@example.se' }

const tokenIn = (href: string | null, route: RegExp): string => {
  const match = href ? route.exec(new URL(href).pathname) : null
  if (!match?.[1]) throw new Error(`no token in ${href}`)
  return decodeURIComponent(match[1])
}

describe('sign-up, confirmation and unsubscribe, through a real SMTP server', () => {
  let payload: Payload
  let open: { id: number; name: string }
  let other: { id: number; name: string }
  const created: number[] = []

  const subscriberOf = async (email: string) => {
    const { docs } = await payload.find({ collection: 'subscribers', where: { email: { equals: email } }, overrideAccess: true, depth: 0 })
    return docs[0]
  }
  /** The sign-up as the form asks for it, and the service queue's job doing it. */
  const signUp = async (form: SignUp) => {
    await requestSignUp(payload, form)
    await payload.jobs.run({ queue: 'service', where: { taskSlug: { equals: 'subscriptionMail' } } })
  }
  const statuses = async (email: string) =>
    Object.fromEntries(((await subscriberOf(email))?.subscriptions ?? []).map((r) => [typeof r.list === 'object' ? r.list.id : r.list, r.status]))

  beforeAll(async () => {
    payload = await testPayload()
    open = await payload.create({ collection: 'mailing-lists', data: { name: `Öppen ${unique()}`, publicSignup: true }, overrideAccess: true })
    other = await payload.create({ collection: 'mailing-lists', data: { name: `Andra ${unique()}`, publicSignup: true }, overrideAccess: true })
  })

  afterAll(async () => {
    const { docs } = await payload.find({ collection: 'subscribers', where: { 'subscriptions.list': { in: [open.id, other.id] } }, overrideAccess: true, pagination: false })
    for (const id of [...created, ...docs.map((d) => d.id)]) await payload.delete({ collection: 'subscribers', id, overrideAccess: true }).catch(() => undefined)
    for (const list of [open, other]) await payload.delete({ collection: 'mailing-lists', id: list.id, overrideAccess: true })
    await payload.db.destroy?.()
  })

  it('signs up, mails a link, and subscribes only when the link is confirmed', async () => {
    const email = `anna-${unique()}@example.se`
    // The request only queues it: nothing about the address is read or stored before the job.
    await requestSignUp(payload, { email, name: 'Anna', organisation: 'Länsstyrelsen', lists: [open.id] })
    expect(await subscriberOf(email)).toBeUndefined()
    await payload.jobs.run({ queue: 'service', where: { taskSlug: { equals: 'subscriptionMail' } } })
    expect(await statuses(email)).toEqual({ [open.id]: 'pending' })

    const [mail] = await waitForMail(MAILBOX, email)
    expect(mail?.subject).toBe('Bekräfta din prenumeration på Nytt från RUS')
    expect(mail?.text).toContain(open.name)
    const href = linkIn(mail!, /\/prenumerera\/bekrafta\//)
    expect(mail?.text).toContain(href)
    const token = tokenIn(href, /^\/prenumerera\/bekrafta\/([^/]+)$/)

    // Opening the link changes nothing (mail scanners open links); the button confirms.
    expect(await checkConfirmation(payload, token)).toMatchObject({ ok: true, names: [open.name] })
    expect(await statuses(email)).toEqual({ [open.id]: 'pending' })
    expect(await confirm(payload, token)).toMatchObject({ ok: true })
    expect(await statuses(email)).toEqual({ [open.id]: 'subscribed' })
    // Twice is once.
    expect(await confirm(payload, token)).toMatchObject({ ok: true })
    const subscriber = await subscriberOf(email)
    expect(subscriber?.consent?.map((e) => [e.event, e.lists, e.by])).toEqual([
      ['signupRequested', open.name, 'Prenumeranten själv'],
      ['confirmed', open.name, 'Prenumeranten själv'],
    ])
    expect(subscriber).toMatchObject({ name: 'Anna', organisation: 'Länsstyrelsen' })
  })

  it('answers a known address the same, and mails it a note instead of a link', async () => {
    const email = `bo-${unique()}@example.se`
    const subscriber = await payload.create({ collection: 'subscribers', data: { email, subscriptions: [{ list: open.id, status: 'subscribed' }] }, overrideAccess: true })
    const consentBefore = subscriber.consent?.length
    await signUp({ email, name: 'Someone else', organisation: null, lists: [open.id] })
    const [mail] = await waitForMail(MAILBOX, email)
    expect(mail?.subject).toBe('Du prenumererar redan på Nytt från RUS')
    expect(linkIn(mail!, /\/prenumerera\/bekrafta\//)).toBeNull()
    expect(linkIn(mail!, /\/avregistrera\//)).not.toBeNull()
    const after = await subscriberOf(email)
    expect(after?.name).toBeFalsy()
    expect(after?.consent?.length).toBe(consentBefore)
  })

  it('adds a list to a known address only with its confirmation, and never re-subscribes a list it left', async () => {
    const email = `cecilia-${unique()}@example.se`
    await payload.create({
      collection: 'subscribers',
      data: { email, subscriptions: [{ list: open.id, status: 'subscribed' }, { list: other.id, status: 'unsubscribed' }] },
      overrideAccess: true,
    })
    await signUp({ email, name: null, organisation: null, lists: [open.id, other.id] })
    expect(await statuses(email)).toEqual({ [open.id]: 'subscribed', [other.id]: 'unsubscribed' })
    const [mail] = await waitForMail(MAILBOX, email)
    expect(mail?.text).toContain(other.name)
    expect(mail?.text).not.toContain(open.name)
    await confirm(payload, tokenIn(linkIn(mail!, /bekrafta/), /^\/prenumerera\/bekrafta\/([^/]+)$/))
    expect(await statuses(email)).toEqual({ [open.id]: 'subscribed', [other.id]: 'subscribed' })
  })

  it('refuses an altered or expired link, and one sent before the address unsubscribed', async () => {
    const email = `dan-${unique()}@example.se`
    const subscriber = await payload.create({ collection: 'subscribers', data: { email, subscriptions: [{ list: open.id, status: 'pending' }] }, overrideAccess: true })
    const token = confirmationToken(subscriber.id, [open.id])
    expect(await checkConfirmation(payload, `${token.slice(0, -3)}AAA`)).toEqual({ ok: false, problem: 'invalid' })
    expect(await confirm(payload, confirmationToken(subscriber.id, [open.id], Date.now() - 8 * 86_400_000))).toEqual({ ok: false, problem: 'expired' })
    expect(await confirm(payload, confirmationToken(999_999, [open.id]))).toEqual({ ok: false, problem: 'gone' })

    const older = confirmationToken(subscriber.id, [open.id], Date.now() - 60_000)
    const holder = await holderOf(payload, unsubscribeToken(subscriber.unsubscribeKey ?? ''))
    if (typeof holder === 'string') throw new Error(holder)
    await unsubscribe(payload, holder, 'link')
    expect(await confirm(payload, older)).toEqual({ ok: false, problem: 'unsubscribedSince' })
    expect(await statuses(email)).toEqual({ [open.id]: 'unsubscribed' })
  })

  it('unsubscribes by the personal link from every list, takes it back, and by one click', async () => {
    const email = `eva-${unique()}@example.se`
    const subscriber = await payload.create({
      collection: 'subscribers',
      data: { email, subscriptions: [{ list: open.id, status: 'subscribed' }, { list: other.id, status: 'pending' }] },
      overrideAccess: true,
    })
    const token = unsubscribeToken(subscriber.unsubscribeKey ?? '')
    expect(token).not.toContain(email)
    expect(token).not.toContain(String(subscriber.id) + '.')
    const holder = await holderOf(payload, token)
    if (typeof holder === 'string') throw new Error(holder)
    expect(holder.active.sort()).toEqual([open.name, other.name].sort())

    await unsubscribe(payload, holder, 'link')
    expect(await statuses(email)).toEqual({ [open.id]: 'unsubscribed', [other.id]: 'unsubscribed' })
    const left = await holderOf(payload, token)
    if (typeof left === 'string') throw new Error(left)
    await resubscribe(payload, left)
    expect(await statuses(email)).toEqual({ [open.id]: 'subscribed', [other.id]: 'subscribed' })
    const again = await holderOf(payload, token)
    if (typeof again === 'string') throw new Error(again)
    await unsubscribe(payload, again, 'oneClick')
    expect(await statuses(email)).toEqual({ [open.id]: 'unsubscribed', [other.id]: 'unsubscribed' })
    expect((await subscriberOf(email))?.consent?.map((e) => e.event)).toEqual(['unsubscribed', 'resubscribed', 'oneClickUnsubscribed'])

    expect(await holderOf(payload, `${token.slice(0, -2)}xx`)).toBe('invalid')
    await payload.delete({ collection: 'subscribers', id: subscriber.id, overrideAccess: true })
    expect(await holderOf(payload, token)).toBe('gone')
  })

  it('keeps the sign-up when the mail server is down, and its job sends the mail when it is back', async () => {
    const down = await startTestSmtp(MAILBOX)
    await down.stop()
    const email = `frida-${unique()}@example.se`
    const previous = replaceMailer(createMailer({ smtpUrl: down.url, outboxDir: '/nonexistent', from }))
    try {
      await signUp({ email, name: 'Frida', organisation: null, lists: [open.id] })
    } finally {
      replaceMailer(previous).close()
    }
    expect(await statuses(email)).toEqual({ [open.id]: 'pending' })
    expect(await mailTo(MAILBOX, email)).toEqual([])
    // Its retry comes due (the job's backoff), and the mail server is back.
    await payload.db.drizzle.execute(sql`UPDATE payload_jobs SET wait_until = now() - interval '1 second' WHERE task_slug = 'subscriptionMail' AND completed_at IS NULL`)
    await payload.jobs.run({ queue: 'service', where: { taskSlug: { equals: 'subscriptionMail' } } })
    const [mail] = await waitForMail(MAILBOX, email)
    expect(mail?.subject).toBe('Bekräfta din prenumeration på Nytt från RUS')
    expect(await subscriberOf(email)).toMatchObject({ name: 'Frida' })
  })

  it('takes sign-ups of one new address in turn: the second finds what the first stored', async () => {
    const email = `par-${unique()}@example.se`
    const form = { email, name: 'Par', organisation: null, lists: [open.id] }
    // Another sign-up of the address holds its turn, as a job running beside this one would.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await other.connect()
    try {
      await other.query('BEGIN')
      await other.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ADDRESS_TURN, email])
      const waiting = carryOutSignUp(payload, form)
      await new Promise((resolve) => setTimeout(resolve, 300))
      // Meanwhile the other stores the address (here: the Local API, as its job would).
      await payload.create({ collection: 'subscribers', data: { email, subscriptions: [{ list: open.id, status: 'pending' }] }, overrideAccess: true })
      await other.query('COMMIT')
      await waiting
    } finally {
      await other.end()
    }
    const [mail] = await waitForMail(MAILBOX, email)
    expect(mail?.subject).toBe('Bekräfta din prenumeration på Nytt från RUS')
    expect((await payload.count({ collection: 'subscribers', where: { email: { equals: email } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('answers the form at once while the mail server greets and then says nothing more', async () => {
    // A server that stalls: the greeting, then silence (nodemailer would wait minutes for more).
    const stalled = net.createServer((socket) => void socket.write('220 stalled.example ESMTP\r\n'))
    await new Promise<void>((resolve) => stalled.listen(0, '127.0.0.1', resolve))
    const port = (stalled.address() as net.AddressInfo).port
    const previous = replaceMailer(createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, outboxDir: '/nonexistent', from }))
    const email = `gun-${unique()}@example.se`
    try {
      const form = new URLSearchParams({ email, lista: String(open.id) })
      const answer = await signUpForm(
        new Request('http://localhost/prenumerera', { method: 'POST', body: form, headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': '203.0.113.77' } }),
      )
      expect(answer.status).toBe(200)
      expect(await answer.text()).toContain('Tack! Titta i din inkorg')
      // The mail is the service queue's job, for when the server answers.
      const { totalDocs } = await payload.count({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'subscriptionMail' } }, { 'input.email': { equals: email } }] }, overrideAccess: true })
      expect(totalDocs).toBe(1)
    } finally {
      replaceMailer(previous).close()
      stalled.close()
      await payload.db.drizzle.execute(sql`DELETE FROM payload_jobs WHERE task_slug = 'subscriptionMail' AND input->>'email' = ${email}`)
    }
  })

  it('changes nothing of a known subscriber before the confirmation, whatever the form says', async () => {
    const email = `hemlig-${unique()}@example.se`
    const before = await payload.create({ collection: 'subscribers', data: { email, subscriptions: [{ list: other.id, status: 'subscribed' }] }, overrideAccess: true })
    await signUp({ email, name: '=HYPERLINK("https://ond.example")', organisation: 'Ond AB', lists: [open.id] })
    const after = await subscriberOf(email)
    expect([after?.name ?? null, after?.organisation ?? null, after?.consent?.length]).toEqual([null, null, before.consent?.length])
    expect(await statuses(email)).toEqual({ [other.id]: 'subscribed' })
    // The link it gets adds the list, once followed.
    const [mail] = await waitForMail(MAILBOX, email)
    await confirm(payload, tokenIn(linkIn(mail!, /bekrafta/), /^\/prenumerera\/bekrafta\/([^/]+)$/))
    expect(await statuses(email)).toEqual({ [other.id]: 'subscribed', [open.id]: 'subscribed' })
  })

  it.each(INTERNATIONAL_ADDRESSES)('signs up %s and mails it the link', async (given) => {
    const email = given.replace('@', `-${unique()}@`)
    await signUp({ email, name: null, organisation: null, lists: [open.id] })
    const stored = await subscriberOf(normaliseEmail(email))
    expect(stored?.subscriptions?.map((row) => row.status)).toEqual(['pending'])
    const [mail] = await waitForMail(MAILBOX, stored!.email)
    expect(mail?.subject).toBe('Bekräfta din prenumeration på Nytt från RUS')
  })
})
