import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchAudit } from '@/audit/search'
import { QUEUES } from '@/lib/jobs/queues'
import { createMailer, replaceMailer, type Mailer } from '@/lib/mail/mailer'
import type { User } from '@/payload-types'
import { makeIssue } from '@/testing/content'
import { graphql, restGet, restPost } from '@/testing/http'
import { mailTo } from '@/testing/mailbox'
import { createStaff, testPayload, tokenFor, unique } from '@/testing/payload'
import { startTestSmtp, type TestSmtp } from '@/testing/smtpServer'

import { approvalApi } from '../api'

describe('the second pair of eyes: an editor asks, a publisher decides and sends', () => {
  let payload: Payload
  let smtp: TestSmtp
  let previousMailer: Mailer
  let editor: User
  let publisher: User
  let editorToken = ''
  let publisherToken = ''
  let issue = 0
  let list = 0
  const sendings: number[] = []
  const tag = unique()

  const mailJobs = () => payload.jobs.run({ queue: QUEUES.editor, where: { taskSlug: { equals: 'approvalMail' } } })

  beforeAll(async () => {
    payload = await testPayload()
    smtp = await startTestSmtp(await mkdtemp(path.join(os.tmpdir(), 'rus-approval-')))
    previousMailer = replaceMailer(createMailer({ smtpUrl: smtp.url, outboxDir: '/nonexistent', from: { name: 'Nytt från RUS', address: 'nyhetsbrev@example.se' } }))
    editor = await createStaff(payload, 'editor', `ed-${tag}`)
    publisher = await createStaff(payload, 'publisher', `pub-${tag}`)
    editorToken = await tokenFor(payload, editor)
    publisherToken = await tokenFor(payload, publisher)
    issue = (await makeIssue(payload, 'published')).id
    list = (await payload.create({ collection: 'mailing-lists', data: { name: `Godkännandelistan ${tag}` }, overrideAccess: true })).id
    await payload.create({ collection: 'subscribers', data: { email: `lasare-${tag}@example.se`, subscriptions: [{ list, status: 'subscribed' }] }, overrideAccess: true })
  })

  afterAll(async () => {
    replaceMailer(previousMailer).close()
    const ids = sql.raw(`(${sendings.join(',') || '0'})`)
    await payload.db.drizzle.execute(sql`DELETE FROM deliveries WHERE sending_id IN ${ids}`)
    await payload.db.drizzle.execute(sql`DELETE FROM send_links WHERE sending_id IN ${ids}`)
    await payload.db.drizzle.execute(sql`DELETE FROM sendings WHERE id IN ${ids}`)
    await payload.db.drizzle.execute(sql`DELETE FROM issue_snapshots WHERE issue_id = ${issue}`)
    await payload.db.drizzle.execute(sql`DELETE FROM approvals WHERE issue_id = ${issue}`)
    await payload.delete({ collection: 'issues', id: issue, overrideAccess: true })
    await payload.delete({ collection: 'subscribers', where: { email: { like: tag } }, overrideAccess: true })
    await payload.delete({ collection: 'mailing-lists', id: list, overrideAccess: true })
    await payload.delete({ collection: 'users', where: { id: { in: [editor.id, publisher.id] } }, overrideAccess: true })
    await smtp.stop()
    await rm(smtp.mailbox, { recursive: true, force: true })
    await payload.db.destroy?.()
  })

  it('keeps an editor from sending, approving, correcting or writing approvals, through REST and GraphQL', async () => {
    const as = { token: editorToken }
    for (const [path, body] of [
      [`/api/issues/${issue}/skicka`, { lists: [list] }],
      [`/api/issues/${issue}/markera-skickat`, { sentAt: '2026-11-01T10:00:00.000Z' }],
      [`/api/issues/${issue}/rattelse`, { note: 'Fel' }],
      [approvalApi.approve(issue), {}],
      [approvalApi.giveBack(issue), { note: 'Ändra' }],
    ] as const) {
      const refused = await restPost(path, body, as)
      expect(refused.status, path).toBe(403)
      expect(refused.body.errors[0].message).toMatch(/ansvarig utgivare/)
    }
    expect(await payload.count({ collection: 'sendings', where: { issue: { equals: issue } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
    const mutations = [
      `mutation { createApproval(data: { issue: ${issue}, requestedBy: "x", requestedAt: "2026-01-01T00:00:00Z", status: approved }) { id } }`,
      `mutation { createSending(data: { issue: ${issue}, kind: newsletter, subject: "x", html: "x", text: "x", placeholder: "x", status: queued }) { id } }`,
    ]
    for (const mutation of mutations) {
      const { body } = await graphql(mutation, editorToken)
      expect(body.errors?.[0]?.message, mutation).toMatch(/inte utföra|not allowed/i)
    }
    // Nobody outside reads the requests.
    expect((await restGet(`/api/approvals`)).status).toBe(403)
    expect((await graphql('{ Approvals { docs { id requestedBy } } }')).body.errors?.[0]?.message).toMatch(/inte|not allowed/i)
  })

  it('records a request once, mails the publishers, and sends it back with what to change', async () => {
    const [first, second] = await Promise.all([
      restPost(approvalApi.request(issue), { note: 'Klart för granskning' }, { token: editorToken }),
      restPost(approvalApi.request(issue), { note: 'Klart för granskning' }, { token: editorToken }),
    ])
    expect([first.status, second.status].sort()).toEqual([201, 409])
    await mailJobs()
    const [asked] = await mailTo(smtp.mailbox, publisher.email)
    expect(asked?.subject).toMatch(/^Godkännande begärt: /)
    expect(asked?.text).toContain(editor.email)
    expect(asked?.text).toContain('Klart för granskning')
    expect(asked?.text).toContain(`/admin/collections/issues/${issue}`)

    expect((await restPost(approvalApi.giveBack(issue), { note: '  ' }, { token: publisherToken })).status).toBe(400)
    const back = await restPost(approvalApi.giveBack(issue), { note: 'Rätta datumet i kalendariet.' }, { token: publisherToken })
    expect(back.status).toBe(200)
    expect(back.body).toMatchObject({ status: 'returned', decidedBy: publisher.email, decisionNote: 'Rätta datumet i kalendariet.' })
    await mailJobs()
    const [told] = await mailTo(smtp.mailbox, editor.email)
    expect(told?.subject).toMatch(/^Skickat tillbaka: /)
    expect(told?.text).toContain('Rätta datumet i kalendariet.')
    expect((await restPost(approvalApi.approve(issue), {}, { token: publisherToken })).status).toBe(409)
  })

  it('shows a change made after the request, and a send by the publisher settles it as approved', async () => {
    expect((await restPost(approvalApi.request(issue), {}, { token: editorToken })).status).toBe(201)
    await payload.update({ collection: 'issues', id: issue, data: { intro: `Ny inledning ${tag}.` }, draft: true, overrideAccess: true })
    const seen = await restGet(approvalApi.state(issue), editorToken)
    expect(seen.body).toMatchObject({ mayDecide: false, requests: [{ status: 'requested', changedSince: true }, { status: 'returned' }] })
    expect((await restGet(approvalApi.state(issue), publisherToken)).body.mayDecide).toBe(true)

    const sent = await restPost(`/api/issues/${issue}/skicka`, { lists: [list] }, { token: publisherToken })
    expect(sent.status).toBe(201)
    sendings.push(sent.body.sending)
    const after = await restGet(approvalApi.state(issue), editorToken)
    expect(after.body.requests[0]).toMatchObject({ status: 'approved', decidedBy: publisher.email, decisionNote: 'Godkänt genom utskick.' })

    const rows = [...(await searchAudit(payload, { actor: editor.email }, 50)).rows, ...(await searchAudit(payload, { actor: publisher.email }, 50)).rows]
    const kinds = rows.filter((row) => row.documentId === String(issue)).map((row) => `${row.kind} ${row.actor}`)
    expect(kinds).toEqual(
      expect.arrayContaining([`approvalRequested ${editor.email}`, `returnedForChanges ${publisher.email}`, `approved ${publisher.email}`, `sendQueued ${publisher.email}`]),
    )
  })
})
