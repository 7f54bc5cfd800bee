import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { PAYLOAD_SCRIPT_FLAGS } from '@/scripts/lib/cli'
import { ROOT } from '@/scripts/lib/paths'
import { makeArticle, makeIssue } from '@/testing/content'
import { requestSignUp } from '@/subscribers/signUp'
import { restPost } from '@/testing/http'
import { readMailbox } from '@/testing/mailbox'
import { createStaff, testPayload, tokenFor, unique } from '@/testing/payload'
import { startTestSmtp, type TestSmtp } from '@/testing/smtpServer'

/**
 * The job runner as a real process (scripts/tasks/runJobs.ts, what `npm run jobs` runs), stopped
 * mid-send and started again: killed outright (SIGKILL, a crash) and asked to stop (SIGTERM, a
 * deploy). Paced at 10 messages a second, so there is a "mid" to stop it in.
 */
describe('a send survives its runner', () => {
  let payload: Payload
  let token: string
  let smtp: TestSmtp
  const tag = unique()
  const runners: ChildProcess[] = []

  const startRunner = () => {
    const child = spawn(process.execPath, [...PAYLOAD_SCRIPT_FLAGS, path.join(ROOT, 'scripts/tasks/runJobs.ts')], {
      cwd: ROOT,
      env: { ...process.env, SMTP_URL: smtp.url, MAIL_RATE: '600' },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    runners.push(child)
    return child
  }
  const until = async (what: string, ok: () => Promise<boolean> | boolean, timeoutMs = 60_000) => {
    const end = Date.now() + timeoutMs
    while (!(await ok())) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => (child.exitCode !== null || child.signalCode ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))))
  const statusOf = async (sending: number) => (await payload.findByID({ collection: 'sendings', id: sending, overrideAccess: true, depth: 0 })).status

  /** A send of a new issue to a new list of `count` subscribers. */
  async function sendTo(count: number, name: string) {
    const list = await payload.create({ collection: 'mailing-lists', data: { name: `${name} ${tag}` }, overrideAccess: true })
    const addresses = Array.from({ length: count }, (_, i) => `${name}${i}-${tag}@example.se`)
    for (const email of addresses) await payload.create({ collection: 'subscribers', data: { email, subscriptions: [{ list: list.id, status: 'subscribed' }] }, overrideAccess: true })
    const issue = await makeIssue(payload, 'published')
    const answer = await restPost(`/api/issues/${issue.id}/skicka`, { lists: [list.id] }, { token })
    expect(answer.status).toBe(201)
    return { sending: answer.body.sending as number, addresses }
  }

  /** Message-IDs received per address of the send. */
  async function received(addresses: string[]): Promise<Map<string, string[]>> {
    const wanted = new Set(addresses)
    const byAddress = new Map<string, string[]>()
    for (const mail of await readMailbox(smtp.mailbox)) {
      const to = (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address ?? ''
      if (wanted.has(to)) byAddress.set(to, [...(byAddress.get(to) ?? []), mail.messageId ?? ''])
    }
    return byAddress
  }

  beforeAll(async () => {
    payload = await testPayload()
    // The run's database holds what other files queued and no runner took (imports, subscription
    // mail): a real runner would work through all of it first, and how long that takes depends on
    // which files ran before. The runners here start on an empty queue.
    await payload.db.drizzle.execute(sql`DELETE FROM payload_jobs`)
    smtp = await startTestSmtp(await mkdtemp(path.join(os.tmpdir(), 'rus-runner-')))
    token = await tokenFor(payload, await createStaff(payload, 'publisher'))
  })

  // A runner a failed test left running would take the next test's work.
  afterEach(async () => {
    for (const child of runners) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  })

  afterAll(async () => {
    for (const child of runners) if (child.exitCode === null) child.kill('SIGKILL')
    // What the runners queued and left (a send's next part, the schedules' jobs) is no other file's
    // work: a later file's runner would take it, and a count of its own jobs would find it.
    await payload.db.drizzle.execute(sql`DELETE FROM payload_jobs`)
    await payload.db.drizzle.execute(sql`DELETE FROM deliveries`)
    await payload.db.drizzle.execute(sql`DELETE FROM sendings`)
    await payload.delete({ collection: 'subscribers', where: { email: { like: tag } }, overrideAccess: true })
    await payload.delete({ collection: 'mailing-lists', where: { name: { like: tag } }, overrideAccess: true })
    await smtp.stop()
    await rm(smtp.mailbox, { recursive: true, force: true })
    await payload.db.destroy?.()
  })

  it('renders mail outside Next.js: a confirmation that waited for the mail server is sent by the runner on its own', async () => {
    const list = await payload.create({ collection: 'mailing-lists', data: { name: `Öppen ${tag}`, publicSignup: true }, overrideAccess: true })
    const email = `vantande-${tag}@example.se`
    const subscriber = await payload.create({ collection: 'subscribers', data: { email, subscriptions: [{ list: list.id, status: 'pending' }] }, overrideAccess: true })
    await payload.jobs.queue({ task: 'subscriptionMail', input: { kind: 'signup', subscriber: subscriber.id, lists: [list.id] } })
    const runner = startRunner()
    await until('the confirmation mail', async () => (await received([email])).size === 1, 30_000)
    runner.kill('SIGTERM')
    await exited(runner)
  })

  it("a reader's confirmation and an editor's test send go out while a send to a list is under way", async () => {
    const { sending, addresses } = await sendTo(100, 'kon')
    const runner = startRunner()
    await until('the send to begin', async () => (await received(addresses)).size >= 5)
    const open = await payload.create({ collection: 'mailing-lists', data: { name: `Öppen kö ${tag}`, publicSignup: true }, overrideAccess: true })
    const reader = `lasare-${tag}@example.se`
    await requestSignUp(payload, { email: reader, name: null, organisation: null, lists: [open.id] })
    const issue = await makeIssue(payload, 'draft')
    const tester = `provare-${tag}@example.se`
    expect((await restPost(`/api/issues/${issue.id}/provutskick`, { addresses: tester, reason: 'Granskning utanför huset' }, { token })).status).toBe(201)
    await until('the confirmation and the test', async () => (await received([reader, tester])).size === 2)
    // Neither waited for the send to end.
    expect(await statusOf(sending)).toBe('sending')
    expect((await received(addresses)).size).toBeLessThan(addresses.length)
    runner.kill('SIGTERM')
    await exited(runner)
    // The rest of the send is no other test's work.
    await payload.db.drizzle.execute(sql`DELETE FROM deliveries WHERE sending_id = ${sending} AND status = 'queued'`)
    await payload.db.drizzle.execute(sql`UPDATE sendings SET status = 'cancelled' WHERE id = ${sending}`)
  }, 180_000)

  it('two runners started at once: a scheduled publish happens once, and each address of a send gets one message', async () => {
    const article = await makeArticle(payload, 'draft')
    const publishedVersions = async () =>
      (await payload.countVersions({ collection: 'articles', where: { and: [{ parent: { equals: article.id } }, { 'version._status': { equals: 'published' } }] }, overrideAccess: true })).totalDocs
    await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'articles', value: article.id } }, waitUntil: new Date(Date.now() + 3000) })
    const { sending, addresses } = await sendTo(40, 'tva')
    const runners = [startRunner(), startRunner()]
    await until('the send to finish', async () => (await statusOf(sending)) === 'done', 90_000)
    await until('the scheduled publish', async () => (await payload.findByID({ collection: 'articles', id: article.id, overrideAccess: true }))._status === 'published', 30_000)
    // A moment more, for a second run of the publish to show if there were one.
    await new Promise((resolve) => setTimeout(resolve, 2000))
    for (const runner of runners) runner.kill('SIGTERM')
    await Promise.all(runners.map(exited))
    expect(await publishedVersions()).toBe(1)
    const got = await received(addresses)
    expect([...got.keys()].sort()).toEqual([...addresses].sort())
    for (const [address, ids] of got) expect(ids, address).toHaveLength(1)
  }, 180_000)

  it('killed mid-send and started again: every address gets the issue, each under one Message-ID', async () => {
    const { sending, addresses } = await sendTo(60, 'krasch')
    const first = startRunner()
    // Counted by this send's own addresses: the server's total includes the other tests' mail.
    await until('the first messages', async () => (await received(addresses)).size >= 15)
    first.kill('SIGKILL')
    await exited(first)
    expect((await received(addresses)).size).toBeLessThan(60)

    // The dead runner's claims would run out after five minutes; here that time passes at once.
    await payload.db.drizzle.execute(sql`UPDATE deliveries SET claimed_until = NULL WHERE sending_id = ${sending}`)
    await payload.db.drizzle.execute(sql`UPDATE sendings SET heartbeat_at = NULL WHERE id = ${sending}`)
    const second = startRunner()
    await payload.jobs.queue({ task: 'resumeSendings', input: {} })
    await until('the send to finish', async () => (await statusOf(sending)) === 'done', 90_000)
    second.kill('SIGTERM')
    expect(await exited(second)).toBe(0)

    const got = await received(addresses)
    expect([...got.keys()].sort()).toEqual([...addresses].sort())
    for (const [address, ids] of got) expect(new Set(ids).size, address).toBe(1)
    // At most the messages in flight when it died (four at a time) went out twice, with the same Message-ID.
    const total = [...got.values()].reduce((sum, ids) => sum + ids.length, 0)
    expect(total - addresses.length).toBeLessThanOrEqual(4)
  }, 180_000)

  it('asked to stop mid-send, it finishes what is in flight, and the next runner sends the rest: exactly one message each', async () => {
    const { sending, addresses } = await sendTo(40, 'stopp')
    const start = smtp.accepted()
    const first = startRunner()
    await until('the first messages', () => smtp.accepted() - start >= 10)
    first.kill('SIGTERM')
    expect(await exited(first)).toBe(0)
    expect(smtp.accepted() - start).toBeLessThan(40)
    expect(await statusOf(sending)).toBe('sending')

    const second = startRunner()
    await payload.jobs.queue({ task: 'resumeSendings', input: {} })
    await until('the send to finish', async () => (await statusOf(sending)) === 'done', 90_000)
    second.kill('SIGTERM')
    await exited(second)

    const got = await received(addresses)
    expect([...got.keys()].sort()).toEqual([...addresses].sort())
    for (const [address, ids] of got) expect(ids, address).toHaveLength(1)
  }, 180_000)

  it('killed mid-import and started again: the import goes on from its last step, and every line is on the list once', async () => {
    const list = await payload.create({ collection: 'mailing-lists', data: { name: `Import ${tag}` }, overrideAccess: true })
    const lines = 3000
    const csv = ['e-post', ...Array.from({ length: lines }, (_, i) => `import${i}-${tag}@example.se`)].join('\n')
    const checked = await payload.create({ collection: 'subscriber-imports', data: { list: list.id, csv }, overrideAccess: true })
    await payload.update({ collection: 'subscriber-imports', id: checked.id, data: { status: 'queued' }, overrideAccess: true })
    const progress = async () => (await payload.findByID({ collection: 'subscriber-imports', id: checked.id, overrideAccess: true, depth: 0 })) as { status: string; processed: number }
    const onList = async () => (await payload.count({ collection: 'subscribers', where: { 'subscriptions.list': { equals: list.id } }, overrideAccess: true })).totalDocs

    const first = startRunner()
    await until('the first steps', async () => (await progress()).processed > 0)
    first.kill('SIGKILL')
    await exited(first)
    const stopped = await progress()
    expect(stopped).toMatchObject({ status: 'running' })
    expect(stopped.processed).toBeLessThan(lines)

    // Nobody moves it on; five minutes pass (here at once), and the next runner takes it up.
    await payload.db.drizzle.execute(sql`UPDATE subscriber_imports SET updated_at = now() - interval '10 minutes' WHERE id = ${checked.id}`)
    const second = startRunner()
    await payload.jobs.queue({ task: 'resumeImports', input: {} })
    await until('the import to finish', async () => (await progress()).status === 'done', 120_000)
    second.kill('SIGTERM')
    await exited(second)
    expect(await onList()).toBe(lines)
    const done = (await payload.findByID({ collection: 'subscriber-imports', id: checked.id, overrideAccess: true, depth: 0 })) as unknown as { processed: number; csv: string | null; result: { new: number; already: number } }
    expect(done).toMatchObject({ processed: lines, csv: null })
    // A step the dead runner had begun is counted once more, as "already on the list".
    expect(done.result.new + done.result.already).toBe(lines)
    await payload.delete({ collection: 'subscriber-imports', id: checked.id, overrideAccess: true })
  }, 180_000)
})
