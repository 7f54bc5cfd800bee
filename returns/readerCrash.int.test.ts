import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PAYLOAD_SCRIPT_FLAGS } from '@/scripts/lib/cli'
import { ROOT } from '@/scripts/lib/paths'
import { makeIssue } from '@/testing/content'
import { testPayload, unique } from '@/testing/payload'

import { fixture } from './fixtures'
import { PROCESSED_FOLDER } from './model'

const RETURNS = 300

/**
 * The returns job in a real runner process (scripts/tasks/runJobs.ts, what `npm run jobs` runs),
 * killed outright half-way through a folder of bounces and started again: every return is kept and
 * acted on once — each address *Studsar* with one line in its record — and no file is lost.
 */
describe('reading returns survives its runner', () => {
  let payload: Payload
  let inbox: string
  let sending = 0
  let list = 0
  const tag = unique()
  const runners: ChildProcess[] = []

  const startRunner = () => {
    const child = spawn(process.execPath, [...PAYLOAD_SCRIPT_FLAGS, path.join(ROOT, 'scripts/tasks/runJobs.ts')], { cwd: ROOT, env: { ...process.env, INBOX_DIR: inbox }, stdio: ['ignore', 'ignore', 'inherit'] })
    runners.push(child)
    return child
  }
  const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode ? resolve() : child.once('exit', () => resolve())))
  const until = async (what: string, ok: () => Promise<boolean>, timeoutMs = 90_000) => {
    const end = Date.now() + timeoutMs
    while (!(await ok())) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  const processed = async () => (await readdir(path.join(inbox, PROCESSED_FOLDER)).catch(() => [])).length
  const kept = async () => (await payload.count({ collection: 'returns', where: { sending: { equals: sending } }, overrideAccess: true })).totalDocs

  beforeAll(async () => {
    payload = await testPayload()
    // The runners here start on an empty queue (as in jobs/runnerCrash.int.test.ts).
    await payload.db.drizzle.execute(sql`DELETE FROM payload_jobs`)
    inbox = await mkdtemp(path.join(os.tmpdir(), 'rus-reader-crash-'))
    list = (await payload.create({ collection: 'mailing-lists', data: { name: `Krasch ${tag}` }, overrideAccess: true })).id
    const issue = await makeIssue(payload, 'published')
    sending = (await payload.create({ collection: 'sendings', data: { issue: issue.id, kind: 'newsletter', lists: [list], status: 'done', subject: 's', html: 'h', text: 't', placeholder: '{{unsubscribe}}' }, overrideAccess: true })).id
    for (let n = 0; n < RETURNS; n++) {
      const email = `krasch${n}-${tag}@example.se`
      const subscriber = await payload.create({ collection: 'subscribers', data: { email, subscriptions: [{ list, status: 'subscribed' }] }, overrideAccess: true })
      const delivery = await payload.create({ collection: 'deliveries', data: { sending, issue: issue.id, subscriber: subscriber.id, email, status: 'sent' }, overrideAccess: true })
      const raw = fixture('postfix-hard', { tag: { kind: 'd', id: delivery.id }, address: email }).toString('utf8').replace(/^Message-Id: <[^>]+>/m, `Message-Id: <${n}.${tag}@mx.example.se>`)
      await writeFile(path.join(inbox, `${String(n).padStart(4, '0')}.eml`), raw)
    }
  }, 180_000)

  afterAll(async () => {
    for (const child of runners) if (child.exitCode === null) child.kill('SIGKILL')
    await payload.db.drizzle.execute(sql`DELETE FROM payload_jobs`)
    await payload.db.drizzle.execute(sql`DELETE FROM returns WHERE sending_id = ${sending}`)
    await payload.db.drizzle.execute(sql`DELETE FROM deliveries WHERE sending_id = ${sending}`)
    await payload.db.drizzle.execute(sql`DELETE FROM issue_snapshots WHERE issue_id IN (SELECT issue_id FROM sendings WHERE id = ${sending})`)
    await payload.db.drizzle.execute(sql`DELETE FROM sendings WHERE id = ${sending}`)
    await payload.delete({ collection: 'subscribers', where: { email: { like: tag } }, overrideAccess: true })
    await payload.delete({ collection: 'mailing-lists', where: { id: { equals: list } }, overrideAccess: true })
    await rm(inbox, { recursive: true, force: true })
    await payload.db.destroy?.()
  })

  it('killed mid-folder and started again: every return kept once, every address bounced once, no file lost', async () => {
    const first = startRunner()
    await payload.jobs.queue({ task: 'readReturns', input: {} })
    await until('the first returns', async () => (await processed()) >= 20)
    first.kill('SIGKILL')
    await exited(first)
    const stoppedAt = await processed()
    expect(stoppedAt).toBeLessThan(RETURNS)

    const second = startRunner()
    await payload.jobs.queue({ task: 'readReturns', input: {} })
    await until('the folder read', async () => (await readdir(inbox)).filter((f) => f.endsWith('.eml')).length === 0, 120_000)
    second.kill('SIGTERM')
    await exited(second)

    expect(await processed()).toBe(RETURNS)
    expect(await kept()).toBe(RETURNS)
    const { rows } = await payload.db.drizzle.execute(sql`
      SELECT s.email, count(c.id)::int AS bounced, bool_and(ss.status = 'bounced') AS suppressed
      FROM subscribers s
      JOIN subscribers_subscriptions ss ON ss._parent_id = s.id
      LEFT JOIN subscribers_consent c ON c._parent_id = s.id AND c.event = 'bounced'
      WHERE s.email LIKE ${`%${tag}%`} GROUP BY s.email`)
    expect(rows).toHaveLength(RETURNS)
    for (const row of rows as { email: string; bounced: number; suppressed: boolean }[]) expect(row, row.email).toMatchObject({ bounced: 1, suppressed: true })
  }, 300_000)
})
