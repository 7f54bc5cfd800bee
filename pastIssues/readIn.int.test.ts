import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphql, restGet, restPost, restPostFiles } from '@/testing/http'
import { createStaff, testPayload, tokenFor } from '@/testing/payload'
import type { User } from '@/payload-types'

import sharp from 'sharp'

import { pastIssueApi } from './api'
import type { Made } from './drafts'
import { isPublicAddress } from './fetchWebVersion'
import { readIn } from './readIn'

/**
 * Past issues read in through the admin's endpoint into drafts on the real database: what is
 * made, that nothing of it reaches a reader, that the same issue read again makes nothing, and
 * the review's approval — refused while a draft lacks what publishing needs (and then nothing
 * is published), and for an e-mail's HTML the record of what was sent is that HTML, cleaned.
 */
const fixture = (name: string) => ({ field: 'filer', name, bytes: readFileSync(new URL(`./fixtures/${name}`, import.meta.url)) })

describe('reading past issues into drafts', () => {
  let payload: Payload
  let editor: User
  let token = ''
  const imports: number[] = []

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createStaff(payload, 'editor', 'import')
    token = await tokenFor(payload, editor)
  })

  afterAll(async () => {
    // Everything the imports made, as the system: the records, the copies and the issues first (an
    // issue may link an article another import made), then the drafts.
    const made: Made['made'][] = []
    for (const id of imports) {
      const record = await payload.findByID({ collection: 'issue-imports', id, depth: 0, overrideAccess: true, disableErrors: true })
      if (!record) continue
      const issue = typeof record.issue === 'object' ? record.issue.id : record.issue
      made.push((record.made as Made).made)
      await payload.db.deleteMany({ collection: 'issue-imports', where: { id: { equals: id } } })
      await payload.db.deleteMany({ collection: 'issue-snapshots', where: { issue: { equals: issue } } })
      await payload.delete({ collection: 'issues', id: issue, overrideAccess: true })
    }
    const remove = async (collection: 'articles' | 'events' | 'reference-groups' | 'members' | 'media', ids: number[]) => {
      for (const id of ids) await payload.delete({ collection, id, overrideAccess: true })
    }
    await remove('articles', made.flatMap((m) => m.articles))
    await remove('events', made.flatMap((m) => m.events))
    await remove('reference-groups', made.flatMap((m) => m.groups))
    await remove('members', made.flatMap((m) => m.members))
    await remove('media', made.flatMap((m) => m.media ?? []))
  })

  it('makes drafts of every item, none of them public, and nothing twice', async () => {
    const { status, body } = await restPostFiles(pastIssueApi.readIn(), [fixture('2020-12.eml'), fixture('2022-06.txt')], {}, { token })
    expect(status).toBe(200)
    const [december, june] = body.results
    imports.push(december.importId, june.importId)
    expect(december).toMatchObject({ file: '2020-12.eml', ok: true, issue: { title: 'Nytt från RUS', date: '2020-12-03' } })
    expect(june).toMatchObject({ file: '2022-06.txt', ok: true, issue: { date: '2022-06' } })

    const issue = await payload.findByID({ collection: 'issues', id: december.issueId, draft: true, depth: 2, overrideAccess: true })
    expect(issue._status).toBe('draft')
    expect(issue.sections?.map((s) => [s.heading, s.items?.map((i) => i.kind)])).toEqual([
      ['AKTUELLT', ['article', 'article']],
      ['UTBILDNING, KONFERENS OCH MÖTE', ['event']],
    ])
    expect(issue.highlights?.map((h) => h.kind)).toEqual(['article', 'article', 'event'])
    expect(issue.footer?.contactName).toBe('Julia Martinsson')
    const { made } = december.made as Made
    const event = await payload.findByID({ collection: 'events', id: made.events[0] ?? 0, draft: true, overrideAccess: true })
    expect(event).toMatchObject({ title: 'Webbinarium om målkonflikter', allDay: false, attendance: 'online', registration: { url: 'https://www.rus.se/webbinarium' } })
    expect(event.startsAt?.slice(0, 16)).toBe('2021-01-21T12:00')
    const group = await payload.findByID({ collection: 'reference-groups', id: made.groups[0] ?? 0, draft: true, depth: 1, overrideAccess: true })
    expect(group.name).toBe('Nytt nätverk för cirkulär ekonomi')
    expect(group.memberships?.map((m) => [typeof m.member === 'object' ? m.member.name : m.member, m.role])).toEqual([['Karin Lund', 'convener'], ['Johan Berg', 'member'], ['Sara Ek', 'member']])

    // A reader sees none of it: not the drafts, not the import and its original.
    expect((await restGet(`/api/issues/${december.issueId}`)).status).toBe(404)
    expect((await restGet(`/api/articles/${made.articles[0]}`)).status).toBe(404)
    expect((await restGet(`/api/issue-imports/${december.importId}`)).status).toBe(403)
    const { body: gq } = await graphql('{ IssueImports { docs { id original } } }')
    expect(JSON.stringify(gq)).not.toContain('Regional uppföljning')

    // The same issue again, from a zip this time: found, nothing made.
    const counts = async () => Promise.all((['issues', 'articles', 'events', 'members'] as const).map(async (c) => (await payload.count({ collection: c, overrideAccess: true })).totalDocs))
    const before = await counts()
    const again = await restPostFiles(pastIssueApi.readIn(), [fixture('2020-12.eml')], {}, { token })
    expect(again.body.results[0]).toMatchObject({ ok: true, again: true, importId: december.importId, issueId: december.issueId })
    expect(await counts()).toEqual(before)
  })

  it('approves only what can be published, and keeps the e-mail as sent as the record', async () => {
    const { body } = await restPostFiles(pastIssueApi.readIn(), [fixture('2022-06.txt')], {}, { token })
    const june = body.results[0]
    // Only the month is known: the day is asked for first.
    const refused = await restPost(pastIssueApi.approve(june.importId), {}, { token })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toMatch(/utgivningsdag/)

    const [december] = (await payload.find({ collection: 'issue-imports', where: { title: { equals: 'Nytt från RUS' } }, overrideAccess: true })).docs
    if (!december) throw new Error('the December import is missing')
    const approved = await restPost(pastIssueApi.approve(december.id), {}, { token })
    expect(approved.status).toBe(200)
    const issueId = typeof december.issue === 'object' ? december.issue.id : december.issue
    const issue = await payload.findByID({ collection: 'issues', id: issueId, overrideAccess: true })
    expect(issue._status).toBe('published')
    const copies = await payload.find({ collection: 'issue-snapshots', where: { issue: { equals: issueId } }, overrideAccess: true })
    expect(copies.docs).toHaveLength(1)
    const [copy] = copies.docs
    expect(copy).toMatchObject({ kind: 'imported', public: true, subject: 'Nytt från RUS' })
    expect(copy?.sentAt?.slice(0, 10)).toBe('2020-12-03')
    expect(copy?.webHtml).toContain('Regional uppföljning 2020 är inlämnad')
    expect(copy?.webHtml).not.toMatch(/onclick|<script|public\.paloma\.se\/unsubscribe/)
    expect(copy?.webText).toContain('Läs mer om uppföljningen (https://www.rus.se/uppfoljning)')
    // The recipient's own links are not in the record's text version either.
    expect(copy?.webText).not.toMatch(/public\.paloma\.se\/unsubscribe|Klicka här för att avregistrera/)
    // Once: approving again is refused.
    expect((await restPost(pastIssueApi.approve(december.id), {}, { token })).status).toBe(409)
  })

  it('publishes nothing when a draft is not ready, and says which', async () => {
    const june = (await payload.find({ collection: 'issue-imports', where: { issueDate: { equals: '2022-06' } }, overrideAccess: true })).docs[0]
    if (!june) throw new Error('the June import is missing')
    const issueId = typeof june.issue === 'object' ? june.issue.id : june.issue
    // The editor sets the day in the draft (only the month was found); the text version's links still have no address.
    await payload.update({ collection: 'issues', id: issueId, draft: true, data: { issueDate: '2022-06-15T10:00:00.000Z' }, overrideAccess: true })
    const refused = await restPost(pastIssueApi.approve(june.id), {}, { token })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toMatch(/^Artikeln ”Vägledning för etappmålen är klar” kan inte publiceras ännu: fyll i /)
    const { made } = june.made as Made
    for (const id of made.articles) expect((await payload.findByID({ collection: 'articles', id, overrideAccess: true, draft: true }))._status).toBe('draft')
    expect((await payload.find({ collection: 'events', where: { id: { in: made.events }, _status: { equals: 'published' } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it("brings an item's photo into the media library with its credit, hidden until the article is published", async () => {
    const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3f7f8c' } }).jpeg().toBuffer()
    const server = http.createServer((request, response) => {
      if (request.url === '/bild.jpg') return response.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(photo)
      response.writeHead(404).end()
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const html = readFileSync(new URL('./fixtures/2020-12.eml', import.meta.url), 'utf8')
        .replace(/^Date: .*$/m, 'Date: Tue, 05 Mar 2019 08:30:00 +0000')
        .replace('December 2020', 'Mars 2019')
        // Its own article (the December one's title would be linked to the draft already there).
        .replaceAll('Regional uppf=C3=B6ljning 2020', 'Regional uppf=C3=B6ljning 2018')
        .replace('https://files.paloma.se/exempel/lansbild.jpg', `${origin}/bild.jpg`)
      // The tests' own server is on loopback: only it is let through, and only here.
      const rules = { allowHttp: true, allowAddress: (address: string) => address === '127.0.0.1' || isPublicAddress(address) }
      const [result] = await readIn(payload, [{ name: 'mars-2019.eml', bytes: Buffer.from(html) }], { dryRun: false, fetchRules: rules })
      if (!result?.importId || !result.made) throw new Error(`not imported: ${result?.error}`)
      imports.push(result.importId)
      const [mediaId] = result.made.made.media ?? []
      const media = await payload.findByID({ collection: 'media', id: mediaId ?? 0, overrideAccess: true })
      expect(media).toMatchObject({ alt: 'Utsikt över ett skogslandskap i vinterljus', credit: 'Per Nilsson', mimeType: 'image/jpeg', width: 40 })
      const article = await payload.findByID({ collection: 'articles', id: result.made.made.articles[0] ?? 0, draft: true, depth: 0, overrideAccess: true })
      expect(article.image).toBe(mediaId)
      expect((await restGet(`/api/media/${mediaId}`)).status).not.toBe(200)
      expect(result.flags?.some((f) => f.startsWith('Bilden'))).toBe(false)
    } finally {
      server.close()
    }
  })

  it('makes one issue when the same original is read in twice at once', async () => {
    const text = readFileSync(new URL('./fixtures/2022-06.txt', import.meta.url), 'utf8').replace('juni 2022', 'oktober 2017').replace(/Vägledning för etappmålen/g, 'Vägledning för etappmålen 2017')
    const both = await Promise.all([1, 2].map(() => readIn(payload, [{ name: 'samtidigt.txt', bytes: Buffer.from(text) }], { dryRun: false })))
    const results = both.flat()
    imports.push(...results.flatMap((r) => (r.importId && !r.again ? [r.importId] : [])))
    expect(results.map((r) => Boolean(r.again)).sort()).toEqual([false, true])
    expect(new Set(results.map((r) => r.issueId)).size).toBe(1)
  })
})
