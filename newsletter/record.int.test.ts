import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// Readers' routes as Next serves them, without Next: never in draft mode, no cookies.
vi.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }), headers: async () => new Headers() }))

import { GET as issuePage } from '@/app/(site)/nyhetsbrev/[slug]/route'
import { GET as sentCopyPage } from '@/app/(site)/nyhetsbrev/[slug]/webbversion/[version]/route'
import { startExpiryWatch } from '@/lib/cache/expiryWatch'
import { makeIssue } from '@/testing/content'
import { restPost } from '@/testing/http'
import { createStaff, testPayload, tokenFor, unique } from '@/testing/payload'

/**
 * The record of what was sent tells the truth, as a reader meets it: through the issue's page and
 * the address of each copy, served and kept as on the site (the cache of this process watches the
 * expiry record, as a server does).
 */
describe('the record readers see', () => {
  let payload: Payload
  let token: string
  let list: number
  const tag = unique()

  const copyAt = async (slug: string, version: number) => {
    const response = await sentCopyPage(new Request(`http://localhost/nyhetsbrev/${slug}/webbversion/${version}`), { params: Promise.resolve({ slug, version: String(version) }) })
    return response.status
  }
  const pageOf = async (slug: string) => (await issuePage(new Request(`http://localhost/nyhetsbrev/${slug}`), { params: Promise.resolve({ slug }) })).text()
  const copiesOf = async (issue: number) => (await payload.find({ collection: 'issue-snapshots', where: { issue: { equals: issue } }, sort: 'version', depth: 0, overrideAccess: true })).docs

  /** A published issue with a send to one address planned for an hour from now. */
  async function scheduledIssue() {
    const issue = await makeIssue(payload, 'published')
    const answer = await restPost(`/api/issues/${issue.id}/skicka`, { lists: [list], scheduledAt: new Date(Date.now() + 3_600_000).toISOString() }, { token })
    expect(answer.status).toBe(201)
    return { issue, slug: issue.slug!, sending: answer.body.sending as number }
  }

  beforeAll(async () => {
    payload = await testPayload()
    await startExpiryWatch(process.env.DATABASE_URL ?? '')
    token = await tokenFor(payload, await createStaff(payload, 'publisher'))
    list = (await payload.create({ collection: 'mailing-lists', data: { name: `Rekord ${tag}` }, overrideAccess: true })).id
    await payload.create({ collection: 'subscribers', data: { email: `rekord-${tag}@example.se`, subscriptions: [{ list, status: 'subscribed' }] }, overrideAccess: true })
  })

  afterAll(async () => {
    await payload.db.drizzle.execute(sql`DELETE FROM deliveries WHERE sending_id IN (SELECT s.id FROM sendings s JOIN sendings_rels r ON r.parent_id = s.id WHERE r.mailing_lists_id = ${list})`)
    await payload.db.drizzle.execute(sql`DELETE FROM issue_snapshots WHERE issue_id IN (SELECT issue_id FROM sendings s JOIN sendings_rels r ON r.parent_id = s.id WHERE r.mailing_lists_id = ${list})`)
    await payload.db.drizzle.execute(sql`DELETE FROM sendings WHERE id IN (SELECT parent_id FROM sendings_rels WHERE mailing_lists_id = ${list})`)
    await payload.delete({ collection: 'subscribers', where: { email: { like: tag } }, overrideAccess: true })
    await payload.delete({ collection: 'mailing-lists', where: { id: { equals: list } }, overrideAccess: true })
    await payload.db.destroy?.()
  })

  it('a scheduled send and a correction made before it goes out stay off the record; its first accepted message makes them the record, with its time', async () => {
    const { issue, slug, sending } = await scheduledIssue()
    // Asked for before its time: nothing there, and nothing of that answer kept.
    expect(await copyAt(slug, 1)).toBe(404)
    expect(await pageOf(slug)).not.toContain('Skickat')
    const correction = await restPost(`/api/issues/${issue.id}/rattelse`, { note: 'Rättat: fel datum' }, { token })
    expect(correction.status).toBe(201)
    expect(await copyAt(slug, 2)).toBe(404)
    expect(await pageOf(slug)).not.toContain('Rättat: fel datum')

    // Its time comes and the first message is accepted.
    await payload.db.drizzle.execute(sql`UPDATE deliveries SET next_attempt_at = now() WHERE sending_id = ${sending}`)
    const before = Date.now()
    await payload.jobs.queue({ task: 'runSending', input: { sending } })
    await payload.jobs.run({ queue: 'default', where: { taskSlug: { equals: 'runSending' } } })
    expect((await payload.findByID({ collection: 'sendings', id: sending, depth: 0, overrideAccess: true })).status).toBe('done')

    expect(await copyAt(slug, 1)).toBe(200)
    expect(await copyAt(slug, 2)).toBe(200)
    const page = await pageOf(slug)
    expect(page).toContain('Skickat')
    expect(page).toContain('Rättat: fel datum')
    const [sent] = await copiesOf(issue.id)
    expect(Date.parse(sent!.sentAt!)).toBeGreaterThanOrEqual(before - 1000)
  })

  it('cancelling a send before anything went out withdraws every copy made for it', async () => {
    const { issue, slug, sending } = await scheduledIssue()
    expect((await restPost(`/api/issues/${issue.id}/rattelse`, { note: 'Rättat före utskicket' }, { token })).status).toBe(201)
    expect((await copiesOf(issue.id)).map((copy) => [copy.version, copy.kind, copy.public])).toEqual([
      [1, 'sent', false],
      [2, 'correction', false],
    ])
    expect((await restPost(`/api/sendings/${sending}/avbryt`, {}, { token })).status).toBe(200)
    expect(await copiesOf(issue.id)).toEqual([])
    expect(await copyAt(slug, 1)).toBe(404)
    expect(await pageOf(slug)).not.toContain('Skickat')
    // Unsent again: it can be marked as sent through another tool, as a first copy.
    expect((await restPost(`/api/issues/${issue.id}/markera-skickat`, { sentAt: new Date().toISOString() }, { token })).status).toBe(201)
    expect(await copyAt(slug, 1)).toBe(200)
  })
})
