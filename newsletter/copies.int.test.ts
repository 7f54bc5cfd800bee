import { readFileSync } from 'node:fs'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderIssueEmail } from '@/emails/renderIssueEmail'
import { getIssue } from '@/content/reads/issues'
import { PUBLIC_READER } from '@/content/reads/reader'
import { getSettings } from '@/content/reads/settings'
import type { User } from '@/payload-types'
import { loadSeed } from '@/seed/loadSeed'
import { makeArticle, makeIssue } from '@/testing/content'
import { graphql, restDelete, restGet, restPatch, restPost } from '@/testing/http'
import { createStaff, testPayload, tokenFor } from '@/testing/payload'

import { makeCopy } from './copies'
import { renderWebVersion, sentCopyWebVersion } from './webVersion'

const SLUG = '2021-03-31'
const system = { overrideAccess: true } as const

/** The content lines of the e-mail as it went out (the seed), without the sending tool's own. */
const SENT_LINES = readFileSync(path.join(import.meta.dirname, '../seed/march2021/source.txt'), 'utf8')
  .split('\n')
  .map((line) => line.replace(/\u00a0/g, ' ').trim())
  .filter((line) => line.length > 0 && !['Do not click this link', 'Skickat med Paloma'].includes(line))
/** The e-mail's link to its web version, which the web version itself has no need of. */
const OPEN_IN_BROWSER = 'Klicka här för att läsa nyhetsbrevet i din webbläsare'

/** What a reader sees of an HTML page: its text, entities decoded, white space collapsed. */
const visibleText = (html: string) =>
  html
    .replace(/<head>[\s\S]*?<\/head>/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?(a|span|strong|em|b|i|u)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#xA0;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ')

describe('the record of what was sent', () => {
  let payload: Payload
  let publisher: User
  let admin: User
  let token: string
  let adminToken: string
  let seedIssue: number

  beforeAll(async () => {
    payload = await testPayload()
    await loadSeed(payload)
    publisher = await createStaff(payload, 'publisher')
    admin = await createStaff(payload, 'admin')
    token = await tokenFor(payload, publisher)
    adminToken = await tokenFor(payload, admin)
    seedIssue = (await payload.find({ collection: 'issues', where: { slug: { equals: SLUG } }, ...system })).docs[0]!.id
  })

  afterAll(async () => {
    await payload.db.destroy?.()
  })

  it('serves the seed as sent on 31 March 2021: every line of the e-mail, the call to join and "Anmäl dig här" included', async () => {
    const copies = await payload.find({ collection: 'issue-snapshots', where: { issue: { equals: seedIssue } }, ...system })
    expect(copies.docs.map((c) => [c.version, c.kind, c.sentAt])).toEqual([[1, 'marked', '2021-03-31T07:00:00.000Z']])
    const web = await renderWebVersion(payload, SLUG)
    const text = visibleText(web!.html)
    const missing = SENT_LINES.filter((line) => line !== OPEN_IN_BROWSER && !text.includes(line))
    expect(missing).toEqual([])
    expect(visibleText(copies.docs[0]!.emailHtml)).toContain(OPEN_IN_BROWSER)
    for (const line of ['Vill du också delta i nätverket/referensgruppen?', 'Marie-Helene Bergstrand senast 30 april', 'Anmäl dig här']) {
      expect(text).toContain(line)
      expect(web!.text).toContain(line)
    }
    // Rendered live today, the call has closed and registration is over: the record keeps them.
    const live = await renderIssueEmail((await getIssue(payload, PUBLIC_READER, SLUG))!, await getSettings(payload), { mode: 'web' })
    expect(visibleText(live.html)).not.toContain('Anmäl dig här')
    expect(visibleText(live.html)).not.toContain('Vill du också delta i nätverket/referensgruppen?')
  })

  /** The seed as it was, history included: the versions the edits below made are taken back. */
  async function forgetVersionsSince(table: '_articles_v' | '_reference_groups_v', parent: number, since: Date): Promise<void> {
    const versions = sql.identifier(table)
    await payload.db.drizzle.execute(sql`DELETE FROM ${versions} WHERE parent_id = ${parent} AND created_at >= ${since.toISOString()}`)
    await payload.db.drizzle.execute(sql`UPDATE ${versions} SET latest = (id = (SELECT max(id) FROM ${versions} WHERE parent_id = ${parent})) WHERE parent_id = ${parent}`)
  }

  it('stays byte for byte what was sent while its article, group, person and the settings change', async () => {
    const started = new Date()
    const before = await renderWebVersion(payload, SLUG)
    const article = (await payload.find({ collection: 'articles', where: { slug: { equals: 'miljomalsdagarna-2021' } }, ...system })).docs[0]
      ?? (await payload.find({ collection: 'articles', limit: 1, ...system })).docs[0]!
    const group = (await payload.find({ collection: 'reference-groups', limit: 1, ...system })).docs[0]!
    const person = (await payload.find({ collection: 'members', where: { name: { equals: 'Brita Asplund' } }, ...system })).docs[0]!
    const settings = await payload.findGlobal({ slug: 'site-settings', ...system })
    try {
      await payload.update({ collection: 'articles', id: article.id, data: { title: `${article.title} (ändrad)`, _status: 'published' }, ...system })
      await payload.update({ collection: 'reference-groups', id: group.id, data: { purpose: 'Ett nytt syfte.', _status: 'published' }, ...system })
      await payload.update({ collection: 'members', id: person.id, data: { name: 'Brita Asplund-Ny' }, ...system })
      await payload.updateGlobal({ slug: 'site-settings', data: { contactName: 'Någon Annan' }, ...system })
      const live = await renderIssueEmail((await getIssue(payload, PUBLIC_READER, SLUG))!, await getSettings(payload), { mode: 'web' })
      expect(live.html).toContain('Någon Annan')
      expect(await renderWebVersion(payload, SLUG)).toEqual(before)
    } finally {
      await payload.update({ collection: 'articles', id: article.id, data: { title: article.title, _status: 'published' }, ...system })
      await payload.update({ collection: 'reference-groups', id: group.id, data: { purpose: group.purpose, _status: 'published' }, ...system })
      await payload.update({ collection: 'members', id: person.id, data: { name: person.name }, ...system })
      await payload.updateGlobal({ slug: 'site-settings', data: { contactName: settings.contactName }, ...system })
      await forgetVersionsSince('_articles_v', article.id, started)
      await forgetVersionsSince('_reference_groups_v', group.id, started)
    }
  })

  it('publishes a correction in the open: a new copy with its note, the first still at its own address', async () => {
    const article = await makeArticle(payload, 'published')
    const issue = await makeIssue(payload, 'published', [article.id])
    const marked = await restPost(`/api/issues/${issue.id}/markera-skickat`, { sentAt: '2026-11-15T08:00:00.000Z', sentTo: 'Via Mailchimp' }, { token })
    expect(marked).toMatchObject({ status: 201, body: { version: 1, url: `/nyhetsbrev/${issue.slug}/webbversion/1` } })
    expect((await restPost(`/api/issues/${issue.id}/markera-skickat`, { sentAt: '2026-11-15T08:00:00.000Z' }, { token })).status).toBe(409)
    const first = await sentCopyWebVersion(payload, issue.slug!, 1)

    await payload.update({ collection: 'articles', id: article.id, data: { lead: 'Webbinariet är den 28 maj, inte den 27.', _status: 'published' }, ...system })
    expect(await renderWebVersion(payload, issue.slug!)).toEqual(first)
    expect((await restPost(`/api/issues/${issue.id}/rattelse`, { note: '   ' }, { token })).status).toBe(400)
    const corrected = await restPost(`/api/issues/${issue.id}/rattelse`, { note: 'Fel datum för webbinariet' }, { token })
    expect(corrected).toMatchObject({ status: 201, body: { version: 2 } })

    const now = await renderWebVersion(payload, issue.slug!)
    const text = visibleText(now!.html)
    expect(text).toContain('Rättelser')
    expect(text).toMatch(/\d{1,2} \p{L}+ \d{4}: Fel datum för webbinariet/u)
    expect(text).toContain('Webbinariet är den 28 maj, inte den 27.')
    expect(now!.html).toContain(`/nyhetsbrev/${issue.slug}/webbversion/1"`)
    expect(now!.text).toContain('Fel datum för webbinariet')
    expect(await sentCopyWebVersion(payload, issue.slug!, 1)).toEqual(first)
    expect(await sentCopyWebVersion(payload, issue.slug!, 3)).toBeNull()

    const listed = await restGet(`/api/issues/${issue.id}/versioner`, token)
    expect(listed.body.copies.map((c: { version: number; kind: string; note: string | null }) => [c.version, c.kind, c.note])).toEqual([
      [1, 'marked', null],
      [2, 'correction', 'Fel datum för webbinariet'],
    ])
    // Nothing to correct on an issue that has not gone out.
    const unsent = await makeIssue(payload, 'published')
    expect((await restPost(`/api/issues/${unsent.id}/rattelse`, { note: 'Något' }, { token })).status).toBe(409)
  })

  it('lets no door change or delete a copy, and shows a reader none of an issue taken off the site', async () => {
    const issue = await makeIssue(payload, 'published')
    const copy = await makeCopy(payload, { issue: issue.id, kind: 'marked', sentAt: new Date('2026-11-01T08:00:00Z'), sentTo: 'test', by: 'test' })
    for (const as of [token, adminToken]) {
      expect((await restPatch(`/api/issue-snapshots/${copy.id}`, { webHtml: 'ändrad' }, as)).status).toBe(403)
      expect((await restDelete(`/api/issue-snapshots/${copy.id}`, as)).status).toBe(403)
      expect((await restPost('/api/issue-snapshots', { issue: issue.id, version: 9, kind: 'sent', sentAt: '2031-01-01', renderedAsOf: '2031-01-01', subject: 'x', webHtml: 'x', webText: 'x', emailHtml: 'x', emailText: 'x' }, { token: as })).status).toBe(403)
      const mutation = await graphql(`mutation { updateIssueSnapshot(id: ${copy.id}, data: { webHtml: "ändrad" }) { id } deleteIssueSnapshot(id: ${copy.id}) { id } }`, as)
      expect(mutation.body.errors?.length).toBeGreaterThan(0)
      expect((await restDelete(`/api/issues/${issue.id}`, as)).status).toBe(409)
    }
    for (const user of [publisher, admin]) {
      await expect(payload.update({ collection: 'issue-snapshots', id: copy.id, data: { webHtml: 'ändrad' }, user, overrideAccess: false })).rejects.toThrow('Du får inte utföra denna åtgärd.')
      await expect(payload.delete({ collection: 'issue-snapshots', id: copy.id, user, overrideAccess: false })).rejects.toThrow('Du får inte utföra denna åtgärd.')
    }
    expect((await payload.findByID({ collection: 'issue-snapshots', id: copy.id, ...system })).webHtml).toBe(copy.webHtml)

    // A reader sees the copy while the issue is on the site, and not once it is taken off.
    const readerSees = async () => (await restGet(`/api/issue-snapshots?where[issue][equals]=${issue.id}`)).body.docs.length
    expect(await readerSees()).toBe(1)
    // The copy, not the people and lists behind it.
    const seen = (await restGet(`/api/issue-snapshots/${copy.id}`)).body
    expect(seen.webHtml).toBe(copy.webHtml)
    expect(seen).not.toHaveProperty('createdBy')
    expect(seen).not.toHaveProperty('sentTo')
    expect((await restGet(`/api/issue-snapshots/${copy.id}`, token)).body.createdBy).toBe('test')
    // A send scheduled for later is not the record before its time.
    const later = await makeIssue(payload, 'published')
    const planned = await makeCopy(payload, { issue: later.id, kind: 'sent', sentAt: new Date(Date.now() + 3_600_000), sentTo: 'test', by: 'test' })
    expect((await restGet(`/api/issue-snapshots/${planned.id}`)).status).toBe(404)
    expect(await renderWebVersion(payload, later.slug!)).not.toEqual({ html: planned.webHtml, text: planned.webText })
    await payload.update({ collection: 'issues', id: issue.id, data: { _status: 'draft' }, ...system })
    expect(await readerSees()).toBe(0)
    const viaGraphql = await graphql(`{ IssueSnapshots(where: { issue: { equals: ${issue.id} } }) { docs { webHtml } } }`)
    expect(viaGraphql.body.data.IssueSnapshots.docs).toEqual([])
    expect(await renderWebVersion(payload, issue.slug!)).toBeNull()
  })

  it('keeps an issue of 20 articles in well under 100 KB a copy', async () => {
    const articles = await Promise.all(Array.from({ length: 20 }, () => makeArticle(payload, 'published')))
    const issue = await makeIssue(payload, 'published', articles.map((a) => a.id))
    const copy = await makeCopy(payload, { issue: issue.id, kind: 'marked', sentAt: new Date('2031-03-01T08:00:00Z'), sentTo: 'test', by: 'test' })
    const bytes = [copy.webHtml, copy.webText, copy.emailHtml, copy.emailText].reduce((sum, body) => sum + Buffer.byteLength(body), 0)
    expect(bytes).toBeLessThan(100_000)
    console.info(`A copy of an issue with 20 articles: ${(bytes / 1024).toFixed(1)} KB (web and e-mail, HTML and text)`)
  })
})
