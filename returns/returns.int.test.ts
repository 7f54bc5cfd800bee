import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import { ImapFlow } from 'imapflow'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { env } from '@/lib/env'
import { createMailer, replaceMailer, type Mailer } from '@/lib/mail/mailer'
import { RETURN_HEADER, readReturnTag } from '@/lib/mail/returnPath'
import type { Delivery, User } from '@/payload-types'
import { returnsSummary, type SendRecord } from '@/sending/api'
import { makeIssue } from '@/testing/content'
import { startTestImap, type TestImap } from '@/testing/imapServer'
import { restGet, restPost } from '@/testing/http'
import { mailTo, rawHeader } from '@/testing/mailbox'
import { createStaff, testPayload, tokenFor, unique } from '@/testing/payload'
import { startTestSmtp, type TestSmtp } from '@/testing/smtpServer'

import { fixture } from './fixtures'
import { PROCESSED_FOLDER, UNREAD_FOLDER } from './model'
import { readerState, readReturns } from './read'

const BOUNCE = vi.hoisted(() => {
  process.env.BOUNCE_ADDRESS = 'studs@nyhetsbrev.example.se'
  return 'studs@nyhetsbrev.example.se'
})

const from = { name: 'Nytt från RUS', address: 'nyhetsbrev@example.se' }

/** Which return each of the twenty addresses gets, and what it must do. */
const PLAN: { fixture: string; copies?: number; then: 'bounced' | 'unsubscribed' | 'subscribed' }[] = [
  { fixture: 'postfix-hard', then: 'bounced' },
  { fixture: 'office365-ndr', then: 'bounced' },
  { fixture: 'gmail-hard', then: 'bounced' },
  { fixture: 'exim-hard', then: 'bounced' },
  { fixture: 'yahoo-text', then: 'bounced' },
  { fixture: 'multi-recipient', then: 'bounced' },
  { fixture: 'global-dsn', then: 'bounced' },
  { fixture: 'postfix-delayed', then: 'subscribed' },
  // Three soft bounces within 14 days suppress.
  { fixture: 'gmail-mailbox-full', copies: 3, then: 'bounced' },
  { fixture: 'arf-yahoo', then: 'unsubscribed' },
  { fixture: 'arf-outlook', then: 'unsubscribed' },
  { fixture: 'out-of-office', then: 'subscribed' },
  { fixture: 'forged-token', then: 'subscribed' },
  { fixture: 'bounce-of-bounce', then: 'subscribed' },
  { fixture: 'not-a-return', then: 'subscribed' },
]
const UNREAD = ['forged-token', 'bounce-of-bounce', 'not-a-return']

describe('mail that comes back is read and acted on', () => {
  let payload: Payload
  let publisher: User
  let token: string
  let smtp: TestSmtp
  let imap: TestImap
  let previousMailer: Mailer
  let inbox: string
  const tag = unique()
  const lists = { main: 0, other: 0 }
  const address = (n: number) => `lasare${n}-${tag}@example.org`

  const send = async (issue: number, on: number[]) => {
    const answer = await restPost(`/api/issues/${issue}/skicka`, { lists: on }, { token })
    if (answer.status !== 201) throw new Error(`send refused: ${answer.status} ${JSON.stringify(answer.body)}`)
    await payload.jobs.run({ queue: 'default', where: { taskSlug: { equals: 'runSending' } } })
    return answer.body as { sending: number; recipients: number }
  }
  const deliveriesOf = async (sending: number) =>
    (await payload.find({ collection: 'deliveries', where: { sending: { equals: sending } }, depth: 0, pagination: false, overrideAccess: true })).docs as Delivery[]
  const statusOf = async (email: string) => {
    const doc = (await payload.find({ collection: 'subscribers', where: { email: { equals: email } }, depth: 0, overrideAccess: true })).docs[0]
    return Object.fromEntries((doc?.subscriptions ?? []).map((r) => [typeof r.list === 'object' ? r.list.id : r.list, r.status]))
  }
  /** A return for one delivery, with a Message-ID of its own per copy (a report is a report once). */
  const returnFor = (name: string, delivery: Delivery, copy = 0) => {
    const raw = fixture(name, { tag: { kind: 'd', id: delivery.id }, address: delivery.email ?? '' }).toString('utf8')
    return Buffer.from(raw.replace(/^Message-I[dD]: <([^>]+)>/m, (_m, id: string) => `Message-ID: <${copy}.${tag}.${id}>`))
  }

  beforeAll(async () => {
    payload = await testPayload()
    smtp = await startTestSmtp(await mkdtemp(path.join(os.tmpdir(), 'rus-returns-')))
    previousMailer = replaceMailer(createMailer({ smtpUrl: smtp.url, outboxDir: '/nonexistent', from }))
    inbox = await mkdtemp(path.join(os.tmpdir(), 'rus-inbox-'))
    imap = await startTestImap()
    publisher = await createStaff(payload, 'publisher')
    token = await tokenFor(payload, publisher)
    lists.main = (await payload.create({ collection: 'mailing-lists', data: { name: `Returlistan ${tag}` }, overrideAccess: true })).id
    lists.other = (await payload.create({ collection: 'mailing-lists', data: { name: `Andra listan ${tag}` }, overrideAccess: true })).id
    for (let n = 0; n < 20; n++) {
      await payload.create({ collection: 'subscribers', data: { email: address(n), subscriptions: [{ list: lists.main, status: 'subscribed' }, { list: lists.other, status: 'subscribed' }] }, overrideAccess: true })
    }
  })

  afterAll(async () => {
    replaceMailer(previousMailer).close()
    await payload.db.drizzle.execute(sql`DELETE FROM returns WHERE key LIKE ${`%${tag}%`} OR address LIKE ${`%${tag}%`}`)
    const mine = sql`SELECT id FROM sendings WHERE ${lists.main} = ANY (SELECT mailing_lists_id FROM sendings_rels WHERE parent_id = sendings.id)`
    await payload.db.drizzle.execute(sql`DELETE FROM returns WHERE sending_id IN (${mine})`)
    // Any job of these sends left unfinished by a failed test would be the next file's to run.
    await payload.db.drizzle.execute(sql`DELETE FROM payload_jobs WHERE task_slug = 'runSending' AND (input->>'sending')::int IN (${mine})`)
    await payload.db.drizzle.execute(sql`DELETE FROM issue_snapshots WHERE issue_id IN (SELECT issue_id FROM sendings WHERE id IN (${mine}))`)
    await payload.db.drizzle.execute(sql`DELETE FROM deliveries WHERE sending_id IN (${mine})`)
    await payload.db.drizzle.execute(sql`DELETE FROM sendings WHERE id IN (${mine})`)
    await payload.delete({ collection: 'subscribers', where: { email: { like: tag } }, overrideAccess: true })
    await payload.delete({ collection: 'mailing-lists', where: { id: { in: Object.values(lists) } }, overrideAccess: true })
    await smtp.stop()
    await imap.dispose()
    await rm(smtp.mailbox, { recursive: true, force: true })
    await rm(inbox, { recursive: true, force: true })
    await payload.db.destroy?.()
  })

  it('every message carries its own signed return path; the unsubscribe mailto goes to the bounce address', async () => {
    const issue = await makeIssue(payload, 'published')
    const { sending, recipients } = await send(issue.id, [lists.main])
    expect(recipients).toBe(20)
    const [mail] = await mailTo(smtp.mailbox, address(0))
    const delivery = (await deliveriesOf(sending)).find((d) => d.email === address(0))
    expect(mail && delivery).toBeTruthy()
    const returnPath = rawHeader(mail!, 'Return-Path') ?? ''
    expect(returnPath).toMatch(/^<studs\+d\d+-[0-9a-f]{16}@nyhetsbrev\.example\.se>$/)
    const envelopeTag = readReturnTag(/\+([^@]+)@/.exec(returnPath)?.[1] ?? '')
    expect(envelopeTag).toEqual({ kind: 'd', id: delivery!.id })
    expect(readReturnTag(rawHeader(mail!, RETURN_HEADER) ?? '')).toEqual(envelopeTag)
    expect(mail!.from?.value[0]?.address).toBe(env.mailFrom.address)
    expect(mail!.headerLines.filter((h) => h.key === 'list-unsubscribe')).toHaveLength(1)
    expect(rawHeader(mail!, 'List-Unsubscribe')).toMatch(/<mailto:studs\+avregistrera-d\d+-[0-9a-f]{16}@nyhetsbrev\.example\.se\?subject=Avregistrera>/)
    expect(rawHeader(mail!, 'Feedback-ID')).toBe(`${sending}:nyhetsbrev:nyhetsbrev.localhost`)
    expect(BOUNCE).toBe(process.env.BOUNCE_ADDRESS)
  })

  it('twenty addresses, their returns in the inbox folder → exactly the expected outcomes; unknown mail is left untouched', async () => {
    const sending = (await payload.find({ collection: 'sendings', where: { lists: { in: [lists.main] } }, sort: '-createdAt', depth: 0, limit: 1, overrideAccess: true })).docs[0]!.id
    const byAddress = new Map((await deliveriesOf(sending)).map((d) => [d.email, d]))
    const written: Record<string, Buffer> = {}
    for (const [n, step] of PLAN.entries()) {
      for (let copy = 0; copy < (step.copies ?? 1); copy++) {
        const name = `${String(n).padStart(2, '0')}-${copy}-${step.fixture}.eml`
        written[name] = returnFor(step.fixture, byAddress.get(address(n))!, copy)
        await writeFile(path.join(inbox, name), written[name])
      }
    }
    // The mailto unsubscribe, from address 15: it leaves the send's list, not the other one.
    const unsub = fixture('mailto-unsubscribe', { tag: { kind: 'd', id: byAddress.get(address(15))!.id }, address: address(15) })
    await writeFile(path.join(inbox, '15-0-mailto-unsubscribe.eml'), unsub)

    const result = await readReturns(payload, { imap: null, inboxDir: inbox })
    expect(result).toMatchObject({ read: 18, unknown: 3, understood: 15, duplicates: 0 })

    for (const [n, step] of PLAN.entries()) expect(await statusOf(address(n)), `${n} ${step.fixture}`).toEqual({ [lists.main]: step.then, [lists.other]: step.then })
    expect(await statusOf(address(15))).toEqual({ [lists.main]: 'unsubscribed', [lists.other]: 'subscribed' })
    for (const n of [16, 17, 18, 19]) expect(await statusOf(address(n))).toEqual({ [lists.main]: 'subscribed', [lists.other]: 'subscribed' })

    // Nothing deleted: the unknown ones in Ej tolkat byte for byte, the rest in Behandlat.
    const unread = (await readdir(path.join(inbox, UNREAD_FOLDER))).sort()
    expect(unread.map((f) => f.replace(/^\d+-\d-/, '').replace('.eml', '')).sort()).toEqual([...UNREAD].sort())
    for (const file of unread) expect((await readFile(path.join(inbox, UNREAD_FOLDER, file))).equals(written[file]!)).toBe(true)
    expect(await readdir(path.join(inbox, PROCESSED_FOLDER))).toHaveLength(15)
    expect((await readdir(inbox)).filter((f) => f.endsWith('.eml'))).toEqual([])

    // Each return kept with its evidence, and the send shows them.
    const kept = await payload.find({ collection: 'returns', where: { sending: { equals: sending } }, depth: 0, pagination: false, overrideAccess: true })
    const count = (kind: string) => kept.docs.filter((r) => r.kind === kind).length
    expect([count('hard'), count('soft'), count('complaint'), count('unsubscribe'), count('autoReply')]).toEqual([7, 4, 2, 1, 1])
    // The issue's Skicka box says so (GET /api/issues/:id/utskick).
    const issue = (await payload.findByID({ collection: 'sendings', id: sending, depth: 0, overrideAccess: true })).issue as number
    const record = (await restGet(`/api/issues/${issue}/utskick`, token)).body as SendRecord
    const row = record.sendings.find((r) => r.id === sending)!
    expect(row.returns).toEqual({ hard: 7, soft: 4, complaint: 2, unsubscribe: 1 })
    expect(returnsSummary(row.returns)).toBe('11 studsar (4 tillfälliga), 2 klagomål, 1 avregistrering via e-post')
    const postfix = kept.docs.find((r) => r.address === address(0))!
    expect(postfix).toMatchObject({ status: '5.1.1', reportingMta: 'mx.example.se', source: 'inbox' })
    expect(postfix.evidence).toContain('Recipient address rejected')
    expect(postfix.outcome).toMatch(/Studsar/)
    const bounced = (await payload.find({ collection: 'subscribers', where: { email: { equals: address(0) } }, depth: 0, overrideAccess: true })).docs[0]
    expect(bounced?.consent?.at(-1)).toMatchObject({ event: 'bounced', by: 'Systemet' })
    const complained = (await payload.find({ collection: 'subscribers', where: { email: { equals: address(9) } }, depth: 0, overrideAccess: true })).docs[0]
    expect(complained?.consent?.at(-1)).toMatchObject({ event: 'complained' })

    // Read again (a runner stopped before it moved them): found by their ids, nothing changes twice.
    for (const file of (await readdir(path.join(inbox, PROCESSED_FOLDER))).slice(0, 3)) await writeFile(path.join(inbox, file), await readFile(path.join(inbox, PROCESSED_FOLDER, file)))
    const again = await readReturns(payload, { imap: null, inboxDir: inbox })
    expect(again).toMatchObject({ read: 3, duplicates: 3 })
    expect((await payload.count({ collection: 'returns', where: { sending: { equals: sending } }, overrideAccess: true })).totalDocs).toBe(kept.totalDocs)

    // Another report under a name already in Behandlat (a provider that names every bounce alike): both kept.
    const first = '00-0-postfix-hard.eml'
    const other = returnFor('postfix-delayed', byAddress.get(address(16))!, 9)
    await writeFile(path.join(inbox, first), other)
    await readReturns(payload, { imap: null, inboxDir: inbox })
    const processed = await readdir(path.join(inbox, PROCESSED_FOLDER))
    // 15 read, 3 read again (copies, kept as files of their own), and this one.
    expect(processed).toHaveLength(19)
    const contents = await Promise.all(processed.map((f) => readFile(path.join(inbox, PROCESSED_FOLDER, f))))
    expect(contents.some((c) => c.equals(other))).toBe(true)
    expect(contents.some((c) => c.equals(written[first]!))).toBe(true)
  })

  it('the next send skips exactly the suppressed addresses, and says how many', async () => {
    const issue = await makeIssue(payload, 'published')
    const { recipients, sending } = await send(issue.id, [lists.main])
    // 20 less 8 bounced, 2 complaints and 1 unsubscribe by mail.
    expect(recipients).toBe(9)
    const stillOn = [7, 11, 12, 13, 14, 16, 17, 18, 19].map(address)
    expect(PLAN.flatMap((step, n) => (step.then === 'subscribed' ? [address(n)] : []))).toEqual(stillOn.slice(0, 5))
    expect((await deliveriesOf(sending)).map((d) => d.email).sort()).toEqual(stillOn.sort())
  })

  it('the IMAP mailbox: read, moved to Behandlat or Ej tolkat, nothing deleted; a mailbox away or refusing login is reported and read later', async () => {
    const sending = (await payload.find({ collection: 'sendings', where: { lists: { in: [lists.main] } }, sort: '-createdAt', depth: 0, limit: 1, overrideAccess: true })).docs[0]!.id
    const rows = await deliveriesOf(sending)
    const settings = { inboxDir: inbox, imap: { host: '127.0.0.1', port: imap.port, secure: false, user: imap.user, password: imap.password, accessToken: null, folder: 'INBOX' } }
    const client = new ImapFlow({ host: '127.0.0.1', port: imap.port, secure: false, auth: { user: imap.user, pass: imap.password }, logger: false })
    await client.connect()
    await client.append('INBOX', returnFor('gmail-hard', rows[0]!, 7))
    await client.append('INBOX', returnFor('out-of-office', rows[1]!, 7))
    await client.append('INBOX', returnFor('not-a-return', rows[2]!, 7))
    await client.logout()

    const wrong = await readReturns(payload, { ...settings, imap: { ...settings.imap, password: 'fel' } })
    expect(wrong.read).toBe(0)
    expect((await readerState(payload)).problem).toMatch(/nekades/)
    await imap.stop()
    await readReturns(payload, settings)
    expect((await readerState(payload)).problem).toMatch(/svarar inte/)
    await imap.start()

    const result = await readReturns(payload, settings)
    expect(result).toMatchObject({ read: 3, understood: 2, unknown: 1 })
    expect(await readerState(payload)).toMatchObject({ problem: null })
    expect(await statusOf(rows[0]!.email!)).toMatchObject({ [lists.main]: 'bounced' })
    expect(await statusOf(rows[1]!.email!)).toMatchObject({ [lists.main]: 'subscribed' })

    const look = new ImapFlow({ host: '127.0.0.1', port: imap.port, secure: false, auth: { user: imap.user, pass: imap.password }, logger: false })
    await look.connect()
    const counts = await Promise.all(['INBOX', PROCESSED_FOLDER, UNREAD_FOLDER].map(async (f) => ((await look.status(f, { messages: true })) || { messages: -1 }).messages))
    await look.logout()
    expect(counts).toEqual([0, 2, 1])
    const source = await payload.find({ collection: 'returns', where: { address: { equals: rows[0]!.email } }, sort: '-receivedAt', depth: 0, limit: 1, overrideAccess: true })
    expect(source.docs[0]).toMatchObject({ source: 'imap', kind: 'hard' })
  })

  it("a deleted subscriber's returns keep what happened, not the address or the evidence", async () => {
    const doc = (await payload.find({ collection: 'subscribers', where: { email: { equals: address(0) } }, depth: 0, overrideAccess: true })).docs[0]!
    const before = await payload.find({ collection: 'returns', where: { subscriber: { equals: doc.id } }, depth: 0, overrideAccess: true })
    expect(before.totalDocs).toBe(1)
    await payload.delete({ collection: 'subscribers', id: doc.id, overrideAccess: true })
    const after = await payload.findByID({ collection: 'returns', id: before.docs[0]!.id, depth: 0, overrideAccess: true })
    expect(after).toMatchObject({ kind: 'hard', status: '5.1.1', address: null, evidence: null, diagnostic: null, subscriber: null })
    expect(JSON.stringify(after)).not.toContain(address(0))
  })
})
