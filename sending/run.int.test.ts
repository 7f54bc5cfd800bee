import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { QUEUES } from '@/lib/jobs/queues'
import { createMailer, replaceMailer, type Mailer } from '@/lib/mail/mailer'
import { ISSUE_TURN_LOCK } from '@/sending/deliveries'
import { runSend } from '@/sending/run'
import type { User } from '@/payload-types'
import { makeIssue } from '@/testing/content'
import { graphql, restDelete, restGet, restPost } from '@/testing/http'
import { mailTo, rawHeader, type Received } from '@/testing/mailbox'
import { createStaff, testPayload, tokenFor, unique } from '@/testing/payload'
import { startTestSmtp, type TestSmtp } from '@/testing/smtpServer'

const from = { name: 'Nytt från RUS', address: 'nyhetsbrev@example.se' }

type Row = { status: string; email: string | null; attempts: number; error: string | null }

describe('sending an issue to its lists', () => {
  let payload: Payload
  let publisher: User
  let token: string
  let smtp: TestSmtp
  let previousMailer: Mailer
  const tag = unique()
  const lists: Record<'a' | 'b' | 'c' | 'd', number> = { a: 0, b: 0, c: 0, d: 0 }
  const extraLists: number[] = []
  // 'name+tempfail2' → name-<tag>+tempfail2@…: the test SMTP server reads what follows the +.
  const address = (name: string) => { const [base, plus] = name.split('+'); return `${base}-${tag}${plus ? `+${plus}` : ''}@example.se` }

  const runJobs = () => payload.jobs.run({ queue: 'default', where: { taskSlug: { equals: 'runSending' } } })
  const rowsOf = async (sending: number): Promise<Row[]> => {
    const { rows } = await payload.db.drizzle.execute(sql`SELECT status, email, attempts::int AS attempts, error FROM deliveries WHERE sending_id = ${sending} ORDER BY email`)
    return rows as Row[]
  }
  const sendingOf = (id: number) => payload.findByID({ collection: 'sendings', id, overrideAccess: true, depth: 0 })
  const subscribe = (name: string, on: number[], status: 'subscribed' | 'unsubscribed' = 'subscribed') =>
    payload.create({ collection: 'subscribers', data: { email: address(name), subscriptions: on.map((list) => ({ list, status })) }, overrideAccess: true })
  /** Stands in for the minutes that pass before a retry: everything waiting is due now. */
  const timePasses = async (sending: number) => {
    await payload.db.drizzle.execute(sql`UPDATE deliveries SET next_attempt_at = now() - interval '1 second', claimed_until = NULL WHERE sending_id = ${sending}`)
    await payload.db.drizzle.execute(sql`UPDATE sendings SET paused_until = NULL, heartbeat_at = NULL WHERE id = ${sending}`)
  }
  const send = async (issue: number, on: number[]) => {
    const answer = await restPost(`/api/issues/${issue}/skicka`, { lists: on }, { token })
    if (answer.status !== 201) throw new Error(`send refused: ${answer.status} ${JSON.stringify(answer.body)}`)
    return answer.body as { sending: number; recipients: number }
  }

  beforeAll(async () => {
    payload = await testPayload()
    smtp = await startTestSmtp(await mkdtemp(path.join(os.tmpdir(), 'rus-sending-')))
    previousMailer = replaceMailer(createMailer({ smtpUrl: smtp.url, outboxDir: '/nonexistent', from }))
    publisher = await createStaff(payload, 'publisher')
    token = await tokenFor(payload, publisher)
    for (const key of Object.keys(lists) as (keyof typeof lists)[]) {
      lists[key] = (await payload.create({ collection: 'mailing-lists', data: { name: `Lista ${key} ${tag}` }, overrideAccess: true })).id
    }
  })

  afterAll(async () => {
    replaceMailer(previousMailer).close()
    // The copies of the issues this file sent, not the seed's.
    await payload.db.drizzle.execute(sql`DELETE FROM issue_snapshots WHERE issue_id IN (SELECT issue_id FROM sendings)`)
    await payload.db.drizzle.execute(sql`DELETE FROM deliveries`)
    await payload.db.drizzle.execute(sql`DELETE FROM sendings`)
    await payload.delete({ collection: 'subscribers', where: { email: { like: tag } }, overrideAccess: true })
    await payload.delete({ collection: 'mailing-lists', where: { id: { in: [...Object.values(lists), ...extraLists] } }, overrideAccess: true })
    await smtp.stop()
    await rm(smtp.mailbox, { recursive: true, force: true })
    await payload.db.destroy?.()
  })

  it('sends once to each address of three overlapping lists, with the headers and links bulk mail needs', async () => {
    const { a, b, c } = lists
    await subscribe('anna', [a, b])
    await subscribe('bo', [b, c])
    await subscribe('cecilia', [a, b, c])
    await subscribe('dan', [c])
    await subscribe('left', [a], 'unsubscribed')
    const issue = await makeIssue(payload, 'published')
    expect((await restGet(`/api/issues/${issue.id}/mottagare?listor=${a},${b},${c}`, token)).body).toEqual({ toSend: 4, alreadySent: 0 })

    const { sending, recipients } = await send(issue.id, [a, b, c])
    expect(recipients).toBe(4)
    await runJobs()
    expect((await sendingOf(sending)).status).toBe('done')

    for (const name of ['anna', 'bo', 'cecilia', 'dan']) {
      const mails = await mailTo(smtp.mailbox, address(name))
      expect(mails, name).toHaveLength(1)
      const mail = mails[0] as Received
      expect(mail.subject).toBe(issue.title)
      expect(mail.from?.value[0]?.name).toBe('Nytt från RUS')
      expect(mail.messageId).toMatch(new RegExp(`^<utskick-${sending}-\\d+@localhost>$`))
      const header = rawHeader(mail, 'List-Unsubscribe') ?? ''
      const url = /<(http:\/\/localhost:\d+\/avregistrera\/[^>]+)>/.exec(header)?.[1] ?? ''
      expect(url).not.toBe('')
      // The link names its delivery, so a one-click leaves this send's lists (subscribers/oneClick.ts).
      expect(new URL(url).searchParams.get('utskick')).toMatch(/^d\d+-[0-9a-f]{16}$/)
      expect(rawHeader(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
      expect(rawHeader(mail, 'List-Id')).toMatch(/<nyhetsbrev\.localhost>$/)
      // Both parts, each with the recipient's own link where the placeholder was.
      expect(mail.html).toContain(`href="${url}"`)
      expect(mail.text).toContain(url)
      expect(`${mail.html}${mail.text}`).not.toContain('{{unsubscribe}}')
      expect(mail.text).toContain(issue.intro)
      expect(String(mail.raw)).toMatch(/Content-Type: multipart\/alternative/)
    }
    expect(await mailTo(smtp.mailbox, address('left'))).toEqual([])
    const links = await Promise.all(['anna', 'bo'].map(async (n) => rawHeader((await mailTo(smtp.mailbox, address(n)))[0] as Received, 'List-Unsubscribe')))
    expect(links[0]).not.toBe(links[1])

    // The one-click POST at the List-Unsubscribe URL, as a mail client sends it.
    const { POST } = await import('@/app/(site)/avregistrera/[token]/route')
    const url = /<(http[^>]+)>/.exec(links[0] ?? '')?.[1] ?? ''
    const oneClick = await POST(
      new Request(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' }),
      { params: Promise.resolve({ token: decodeURIComponent(new URL(url).pathname.split('/').at(-1) ?? '') }) },
    )
    expect(oneClick.status).toBe(200)
    const anna = (await payload.find({ collection: 'subscribers', where: { email: { equals: address('anna') } }, overrideAccess: true })).docs[0]
    expect(anna?.subscriptions?.map((s) => s.status)).toEqual(['unsubscribed', 'unsubscribed'])
  })

  it('never sends an issue twice to an address: a second send reaches only those not yet sent to', async () => {
    const { a, d } = lists
    await subscribe('erik', [a, d])
    await subscribe('frida', [d])
    const issue = await makeIssue(payload, 'published')
    const first = await send(issue.id, [a])
    await runJobs()
    expect((await rowsOf(first.sending)).map((r) => r.email)).toContain(address('erik'))
    expect((await restGet(`/api/issues/${issue.id}/mottagare?listor=${d}`, token)).body).toEqual({ toSend: 1, alreadySent: 1 })
    // The first send froze the issue; the second sends that same copy, whatever changed between.
    const copies = () => payload.find({ collection: 'issue-snapshots', where: { issue: { equals: issue.id } }, overrideAccess: true })
    expect((await copies()).docs.map((c) => [c.version, c.kind, c.sentTo])).toEqual([[1, 'sent', `Lista a ${tag}`]])
    await payload.update({ collection: 'issues', id: issue.id, data: { intro: 'En ny inledning efter utskicket.', _status: 'published' }, overrideAccess: true })
    const second = await send(issue.id, [d])
    expect(second.recipients).toBe(1)
    // The same copy, each send with its own short links (statistics/shortLinks.ts).
    const withoutSend = (html: string) => html.replace(/\/l\/\d+\//g, '/l/*/')
    expect(withoutSend((await sendingOf(second.sending)).html)).toBe(withoutSend((await sendingOf(first.sending)).html))
    expect((await sendingOf(second.sending)).html).toContain(`/l/${second.sending}/1"`)
    expect((await copies()).totalDocs).toBe(1)
    await runJobs()
    expect(await mailTo(smtp.mailbox, address('erik'))).toHaveLength(1)
    expect(await mailTo(smtp.mailbox, address('frida'))).toHaveLength(1)
    expect((await mailTo(smtp.mailbox, address('frida')))[0]?.html).not.toContain('En ny inledning')
    const again = await restPost(`/api/issues/${issue.id}/skicka`, { lists: [a, d] }, { token })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toMatch(/redan fått numret/)
  })

  it('retries an address the server says "later" to, gives up on one it refuses, and shows the refusal', async () => {
    const { c } = lists
    await subscribe('greylisted+tempfail2', [c])
    const refused = await subscribe('nobody+reject', [c])
    // Refused twice before; this message goes through, and the count starts again.
    const back = await subscribe('back', [c])
    await payload.db.drizzle.execute(sql`UPDATE subscribers SET bounces = 2 WHERE id = ${back.id}`)
    const bouncesOf = async (id: number) => (await payload.findByID({ collection: 'subscribers', id, overrideAccess: true, depth: 0 })).bounces
    const issue = await makeIssue(payload, 'published')
    const { sending } = await send(issue.id, [c])
    await runJobs()
    let rows = await rowsOf(sending)
    const grey = () => rows.find((r) => r.email === address('greylisted+tempfail2'))
    expect(grey()).toMatchObject({ status: 'queued', attempts: 1, error: expect.stringContaining('451') })
    expect(rows.find((r) => r.email === address('nobody+reject'))).toMatchObject({ status: 'failed', error: expect.stringContaining('550') })
    expect(await bouncesOf(refused.id)).toBe(1)
    expect(await bouncesOf(back.id)).toBe(0)
    expect((await sendingOf(sending)).status).toBe('sending')
    for (let round = 0; round < 2; round++) {
      await timePasses(sending)
      await payload.jobs.queue({ task: 'resumeSendings', input: {} })
      await payload.jobs.run({ queue: 'default', where: { taskSlug: { in: ['resumeSendings', 'runSending'] } } })
      await runJobs()
    }
    rows = await rowsOf(sending)
    expect(grey()).toMatchObject({ status: 'sent', attempts: 3 })
    expect(await mailTo(smtp.mailbox, address('greylisted+tempfail2'))).toHaveLength(1)
    expect((await sendingOf(sending)).status).toBe('done')

    const record = await restGet(`/api/issues/${issue.id}/utskick`, token)
    // bo, cecilia and dan (from the first test), the greylisted address and the one back; the refused one failed.
    expect(record.body.sendings[0].counts).toEqual({ queued: 0, sent: 5, failed: 1, skipped: 0, total: 6 })
    expect(record.body.sendings[0].failures).toEqual([{ email: address('nobody+reject'), error: expect.stringContaining('550'), at: expect.any(String) }])
  })

  it('loses nothing while the mail server is away: the send waits, then finishes', async () => {
    const { b } = lists
    await subscribe('gustav', [b])
    const issue = await makeIssue(payload, 'published')
    await smtp.stop()
    const { sending, recipients } = await send(issue.id, [b])
    await runJobs()
    const waiting = await sendingOf(sending)
    expect(waiting).toMatchObject({ status: 'waiting', pauses: 1, lastError: expect.stringMatching(/ECONNREFUSED|connect/i) })
    expect(Date.parse(waiting.pausedUntil ?? '')).toBeGreaterThan(Date.now())
    expect((await rowsOf(sending)).every((r) => r.status === 'queued' && r.attempts === 0)).toBe(true)

    // Nothing is resumed before the pause is over.
    await payload.jobs.queue({ task: 'resumeSendings', input: {} })
    await payload.jobs.run({ queue: 'default', where: { taskSlug: { equals: 'resumeSendings' } } })
    expect(await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'runSending' }, completedAt: { exists: false } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })

    smtp = await startTestSmtp(smtp.mailbox, smtp.port)
    await timePasses(sending)
    await payload.jobs.queue({ task: 'resumeSendings', input: {} })
    await payload.jobs.run({ queue: 'default', where: { taskSlug: { equals: 'resumeSendings' } } })
    await runJobs()
    expect((await sendingOf(sending)).status).toBe('done')
    expect((await rowsOf(sending)).filter((r) => r.status === 'sent')).toHaveLength(recipients)
    expect(await mailTo(smtp.mailbox, address('gustav'))).toHaveLength(1)
  })

  it('a relay that refuses us pauses the send and bounces nobody; once it takes mail, everyone gets the issue', async () => {
    const b = (await payload.create({ collection: 'mailing-lists', data: { name: `Lista relä ${tag}` }, overrideAccess: true })).id
    extraLists.push(b)
    for (const name of ['maja', 'nils', 'olle']) await subscribe(name, [b])
    const issue = await makeIssue(payload, 'published')
    smtp.denyRelay(true)
    try {
      const { sending, recipients } = await send(issue.id, [b])
      const resume = async () => {
        await timePasses(sending)
        await payload.jobs.queue({ task: 'resumeSendings', input: {} })
        await payload.jobs.run({ queue: 'default', where: { taskSlug: { equals: 'resumeSendings' } } })
        await runJobs()
      }
      await runJobs()
      await resume()
      const waiting = await sendingOf(sending)
      expect(waiting).toMatchObject({ status: 'waiting', lastError: expect.stringContaining('Relaying denied') })
      expect((await rowsOf(sending)).every((r) => r.status === 'queued')).toBe(true)
      const maja = (await payload.find({ collection: 'subscribers', where: { email: { equals: address('maja') } }, overrideAccess: true })).docs[0]
      expect(maja?.subscriptions?.map((s) => s.status)).toEqual(['subscribed'])
      smtp.denyRelay(false)
      await resume()
      expect((await sendingOf(sending)).status).toBe('done')
      expect((await rowsOf(sending)).filter((r) => r.status === 'sent')).toHaveLength(recipients)
    } finally {
      smtp.denyRelay(false)
    }
  })

  it('a long send works a slice at a time and queues its next part behind the bulk work waiting meanwhile', async () => {
    const e = (await payload.create({ collection: 'mailing-lists', data: { name: `Lista lång ${tag}` }, overrideAccess: true })).id
    extraLists.push(e)
    const names = ['pelle', 'quinn', 'rut', 'sara', 'tore']
    for (const name of names) await subscribe(name, [e])
    const issue = await makeIssue(payload, 'published')
    const { sending } = await send(issue.id, [e])
    const partsWaiting = async () => {
      const { rows } = await payload.db.drizzle.execute(sql`SELECT id FROM payload_jobs WHERE task_slug = 'runSending' AND (input->>'sending')::int = ${sending} AND completed_at IS NULL ORDER BY created_at`)
      return rows.map((r) => Number((r as { id: number }).id))
    }
    const [queued] = await partsWaiting()
    // Meanwhile, other bulk work is queued (an import, say: here, the nightly clean-up).
    const other = await payload.jobs.queue({ task: 'purgeUnconfirmed', input: {} })

    // A slice so short that one claim of two rows uses it up.
    await runSend(payload, sending, undefined, { sliceMs: 0, batch: 2 })
    expect((await rowsOf(sending)).filter((r) => r.status === 'sent')).toHaveLength(2)
    expect(await sendingOf(sending)).toMatchObject({ status: 'sending', heartbeatAt: null })
    const parts = await partsWaiting()
    expect(parts).toHaveLength(2)
    expect(parts[0]).toBe(queued)
    // The next part is behind the work queued before it.
    const { rows: order } = await payload.db.drizzle.execute(sql`SELECT id FROM payload_jobs WHERE queue = ${QUEUES.bulk} AND completed_at IS NULL AND id IN (${parts[1]}, ${other.id}) ORDER BY created_at, id`)
    expect(order.map((r) => Number((r as { id: number }).id))).toEqual([other.id, parts[1]])

    await payload.jobs.run({ queue: QUEUES.bulk, where: { id: { in: [...parts, other.id] } } })
    expect((await sendingOf(sending)).status).toBe('done')
    for (const name of names) expect(await mailTo(smtp.mailbox, address(name))).toHaveLength(1)
  })

  it('lets staff send again to the failed deliveries of a send, at the addresses as corrected since, and to no one else', async () => {
    const d = (await payload.create({ collection: 'mailing-lists', data: { name: `Lista igen ${tag}` }, overrideAccess: true })).id
    extraLists.push(d)
    const wrong = await subscribe('kalle+reject', [d])
    await subscribe('lisa', [d])
    const issue = await makeIssue(payload, 'published')
    const { sending } = await send(issue.id, [d])
    await runJobs()
    expect((await rowsOf(sending)).map((r) => [r.email, r.status])).toContainEqual([address('kalle+reject'), 'failed'])
    const lisaBefore = (await mailTo(smtp.mailbox, address('lisa'))).length
    // Nothing failed that can be sent again yet? The address is put right first.
    await payload.update({ collection: 'subscribers', id: wrong.id, data: { email: address('kalle') }, overrideAccess: true })
    const again = await restPost(`/api/sendings/${sending}/skicka-igen`, {}, { token })
    expect(again).toMatchObject({ status: 200, body: { sending, requeued: 1 } })
    await runJobs()
    expect(await mailTo(smtp.mailbox, address('kalle'))).toHaveLength(1)
    expect(await mailTo(smtp.mailbox, address('lisa'))).toHaveLength(lisaBefore)
    expect((await sendingOf(sending)).status).toBe('done')
    // Nothing failed is left: a second press says so.
    expect((await restPost(`/api/sendings/${sending}/skicka-igen`, {}, { token })).status).toBe(409)
  })

  it('sends a test of the draft to the editor, marked as a test, touching no list', async () => {
    const issue = await makeIssue(payload, 'draft')
    const refused = await restPost(`/api/issues/${issue.id}/skicka`, { lists: [lists.a] }, { token })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toBe('Bara ett publicerat nummer kan skickas. Publicera numret först.')
    // An address outside the organisation and its staff takes a reason, kept with the test.
    const noReason = await restPost(`/api/issues/${issue.id}/provutskick`, { addresses: `${publisher.email}, Kollega-${tag}@Example.se` }, { token })
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors[0].message).toBe(`kollega-${tag}@example.se hör inte till organisationen eller personalen. Skriv varför provet ska dit, så sparas skälet med provutskicket.`)
    const test = await restPost(`/api/issues/${issue.id}/provutskick`, { addresses: `${publisher.email}, Kollega-${tag}@Example.se`, reason: 'Granskning av byrån' }, { token })
    expect(test.status).toBe(201)
    expect(await sendingOf(test.body.sending)).toMatchObject({ testReason: 'Granskning av byrån', createdBy: publisher.email })
    expect((await restPost(`/api/issues/${issue.id}/provutskick`, { addresses: 'inte en adress' }, { token })).status).toBe(400)
    // A test send is the editor's: its own queue, never behind a send to the lists.
    await runJobs()
    expect(await mailTo(smtp.mailbox, publisher.email)).toHaveLength(0)
    await payload.jobs.run({ queue: QUEUES.editor })
    const [mail] = await mailTo(smtp.mailbox, publisher.email)
    expect(mail?.subject).toBe(`[Provutskick] ${issue.title}`)
    expect(rawHeader(mail as Received, 'List-Unsubscribe')).toBeNull()
    expect(mail?.html).toMatch(/href="http:\/\/localhost:\d+\/avregistrera"/)
    expect(await mailTo(smtp.mailbox, `kollega-${tag}@example.se`)).toHaveLength(1)
    expect((await payload.count({ collection: 'deliveries', where: { issue: { equals: issue.id } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('lets one account send at most 20 test messages an hour, counted before they are queued', async () => {
    const sender = await createStaff(payload, 'editor', 'prov')
    const senderToken = await tokenFor(payload, sender)
    const issue = await makeIssue(payload, 'draft')
    const five = (round: number) => Array.from({ length: 5 }, (_, i) => `prov${round}-${i}-${tag}@lansstyrelsen.se`)
    // Five at once, from one account: each sees the others' addresses counted, so one is refused.
    const rounds = await Promise.all([1, 2, 3, 4, 5].map((round) => restPost(`/api/issues/${issue.id}/provutskick`, { addresses: five(round) }, { token: senderToken })))
    expect(rounds.map((r) => r.status).sort()).toEqual([201, 201, 201, 201, 429])
    const over = rounds.find((r) => r.status === 429)
    expect(over?.body.errors[0].message).toMatch(/^Du har skickat 20 provmeddelanden den senaste timmen\. Högst 20 i timmen; försök igen om (60|59) minuter\.$/)
    expect((await restPost(`/api/issues/${issue.id}/provutskick`, { addresses: `prov6-${tag}@lansstyrelsen.se` }, { token: senderToken })).status).toBe(429)
    // Another account has its own share.
    expect((await restPost(`/api/issues/${issue.id}/provutskick`, { addresses: `prov7-${tag}@lansstyrelsen.se` }, { token })).status).toBe(201)
    await payload.jobs.run({ queue: QUEUES.editor })
  })

  it('cancels a scheduled send before it starts, and the addresses can be sent to later', async () => {
    await subscribe('hanna', [lists.d])
    const issue = await makeIssue(payload, 'published')
    const later = await restPost(`/api/issues/${issue.id}/skicka`, { lists: [lists.d], scheduledAt: new Date(Date.now() + 3_600_000).toISOString() }, { token })
    expect(later.status).toBe(201)
    await payload.jobs.queue({ task: 'resumeSendings', input: {} })
    await payload.jobs.run({ queue: 'default' })
    expect(await mailTo(smtp.mailbox, address('hanna'))).toHaveLength(0)
    const cancelled = await restPost(`/api/sendings/${later.body.sending}/avbryt`, {}, { token })
    expect(cancelled.body).toEqual({ cancelled: later.body.sending, notSent: 3 })
    // Nothing went out, so the issue is not sent: its copy is withdrawn with the send.
    expect((await payload.count({ collection: 'issue-snapshots', where: { issue: { equals: issue.id } }, overrideAccess: true })).totalDocs).toBe(0)
    expect((await restGet(`/api/issues/${issue.id}/mottagare?listor=${lists.d}`, token)).body).toEqual({ toSend: 3, alreadySent: 0 })
  })

  it('a cancel waits for a send of the same issue being made, and keeps the copy that send goes out as', async () => {
    await subscribe('jonas', [lists.d])
    const other = await subscribe('karin', [lists.c])
    const issue = await makeIssue(payload, 'published')
    const later = await restPost(`/api/issues/${issue.id}/skicka`, { lists: [lists.d], scheduledAt: new Date(Date.now() + 3_600_000).toISOString() }, { token })
    expect(later.status).toBe(201)
    // A second send of the issue halfway through its transaction, as the send endpoint makes it:
    // its turn on the issue taken, its sending and delivery written, not yet committed.
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    let cancelled = false
    try {
      await client.query('BEGIN')
      await client.query('SELECT pg_advisory_xact_lock($1, $2)', [ISSUE_TURN_LOCK, issue.id])
      const { rows: columns } = await client.query<{ name: string }>(
        "select quote_ident(column_name) as name from information_schema.columns where table_schema = 'public' and table_name = 'sendings' and column_name <> 'id'",
      )
      const list = columns.map((c) => c.name).join(', ')
      const { rows } = await client.query<{ id: number }>(`INSERT INTO sendings (${list}) SELECT ${list} FROM sendings WHERE id = $1 RETURNING id`, [later.body.sending])
      await client.query(
        "INSERT INTO deliveries (sending_id, issue_id, subscriber_id, email, status, attempts, next_attempt_at, updated_at, created_at) VALUES ($1, $2, $3, $4, 'queued', 0, now(), now(), now())",
        [rows[0]?.id, issue.id, other.id, other.email],
      )
      const cancel = restPost(`/api/sendings/${later.body.sending}/avbryt`, {}, { token }).then((answer) => {
        cancelled = true
        return answer
      })
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(cancelled).toBe(false)
      await client.query('COMMIT')
      expect((await cancel).status).toBe(200)
    } finally {
      await client.query('ROLLBACK').catch(() => undefined)
      await client.end()
    }
    // The second send's delivery is the issue's: its copy stays.
    expect((await payload.count({ collection: 'issue-snapshots', where: { issue: { equals: issue.id } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('lets staff send and read the record; a reader reaches none of it, and nobody rewrites it', async () => {
    const issue = await makeIssue(payload, 'published')
    await subscribe('ida', [lists.a])
    const { sending } = await send(issue.id, [lists.a])
    for (const path of [`/api/sendings/${sending}`, '/api/sendings', '/api/deliveries', `/api/issues/${issue.id}/utskick`, `/api/issues/${issue.id}/mottagare?listor=${lists.a}`]) {
      expect((await restGet(path)).status, path).toBe(403)
      expect((await restGet(path, token)).status, path).toBe(200)
    }
    expect((await restPost(`/api/issues/${issue.id}/skicka`, { lists: [lists.a] })).status).toBe(403)
    expect((await restPost(`/api/issues/${issue.id}/provutskick`, { addresses: 'a@example.se' })).status).toBe(403)
    expect((await restPost(`/api/sendings/${sending}/avbryt`, {})).status).toBe(403)
    const viaGraphql = await graphql(`{ Sendings { docs { subject html } } Deliveries { docs { email } } }`)
    expect(JSON.stringify(viaGraphql.body)).not.toContain(address('ida'))
    expect(viaGraphql.body.errors?.[0]?.message).toBe('Du får inte utföra denna åtgärd.')
    expect((await restPost('/api/sendings', { issue: issue.id, kind: 'newsletter', subject: 'x', html: 'x', text: 'x', placeholder: 'x' }, { token })).status).toBe(403)
    expect((await restPost('/api/deliveries', { sending, issue: issue.id, email: 'x@example.se' }, { token })).status).toBe(403)
    await expect(payload.update({ collection: 'sendings', id: sending, data: { subject: 'Ändrad' }, user: publisher, overrideAccess: false })).rejects.toThrow('Du får inte utföra denna åtgärd.')
    await expect(payload.delete({ collection: 'deliveries', where: { sending: { equals: sending } }, user: publisher, overrideAccess: false })).rejects.toThrow('Du får inte utföra denna åtgärd.')
    await expect(payload.delete({ collection: 'sendings', id: sending, user: publisher, overrideAccess: false })).rejects.toThrow('Du får inte utföra denna åtgärd.')
    expect((await sendingOf(sending)).subject).toBe(issue.title)
  })

  it('keeps a sent issue in the record: it cannot be deleted, while one only tested can', async () => {
    const sent = await makeIssue(payload, 'published')
    await subscribe('jonna', [lists.b])
    await send(sent.id, [lists.b])
    const refused = await restDelete(`/api/issues/${sent.id}`, token)
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toBe('Numret har skickats och ingår i arkivet över vad som skickats. Det kan avpubliceras men inte tas bort.')
    expect((await payload.count({ collection: 'sendings', where: { issue: { equals: sent.id } }, overrideAccess: true })).totalDocs).toBe(1)

    const tested = await makeIssue(payload, 'draft')
    expect((await restPost(`/api/issues/${tested.id}/provutskick`, { addresses: publisher.email }, { token })).status).toBe(201)
    expect((await restDelete(`/api/issues/${tested.id}`, token)).status).toBe(200)
    expect((await payload.count({ collection: 'sendings', where: { issue: { equals: tested.id } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})
