import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { link, paragraph, richText } from '@/content/richText/build'
import { isPublicAddress } from '@/lib/http/safeFetch'
import { restGet } from '@/testing/http'
import { createStaff, testPayload, tokenFor, unique } from '@/testing/payload'
import { startTestSpamd, type TestSpamd } from '@/testing/spamdServer'
import type { User } from '@/payload-types'

import { editorialApi } from '@/editorial/api'
import type { CheckLine } from '@/editorial/model'

import { runChecklist } from './run'

const GTUBE = 'XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X'

/**
 * "Före utskick" on a deliberately bad issue and a good one: a dead link found (a local server
 * answering 404), a link into a private network never fetched, an e-mail past Gmail's clipping,
 * and SpamAssassin's rule (Debian's spamd, the GTUBE test string) — each a failing line with what
 * to do; the good issue passes them.
 */
describe('the checklist before sending', () => {
  let payload: Payload
  let editor: User
  let token = ''
  let spamd: TestSpamd
  let server: http.Server
  let origin = ''
  const tag = unique()
  const issues: number[] = []
  const articles: number[] = []
  // The tests' own link server is on loopback: only it is let through, and only here.
  const rules = { allowHttp: true, allowAddress: (address: string) => address === '127.0.0.1' || isPublicAddress(address) }

  const issueWith = async (name: string, body: ReturnType<typeof richText>, lead: string) => {
    const article = await payload.create({ collection: 'articles', data: { title: `${name} ${tag}`, lead, body, _status: 'published' }, overrideAccess: true })
    articles.push(article.id)
    const issue = await payload.create({
      collection: 'issues',
      data: { title: `Nytt från RUS kontroll ${name} ${tag}`, slug: `kontroll-${name}-${tag}`, issueDate: '1990-05-15T10:00:00.000Z', issueDate_tz: 'Europe/Stockholm', preheader: 'Vad som hänt i miljömålsarbetet under våren, i korthet.', intro: 'Inledning.', sections: [{ heading: 'AKTUELLT', items: [{ kind: 'article', article: article.id }] }], _status: 'published' },
      overrideAccess: true,
    })
    issues.push(issue.id)
    return issue.id
  }
  const line = (lines: CheckLine[], id: CheckLine['id']) => lines.find((l) => l.id === id)

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createStaff(payload, 'editor', `kontroll-${tag}`)
    token = await tokenFor(payload, editor)
    spamd = await startTestSpamd()
    server = http.createServer((request, response) => response.writeHead(request.url === '/finns' ? 200 : 404).end())
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }, 60_000)

  afterAll(async () => {
    for (const id of issues) await payload.delete({ collection: 'issues', id, overrideAccess: true })
    for (const id of articles) await payload.delete({ collection: 'articles', id, overrideAccess: true })
    server.close()
    await spamd.dispose()
  })

  it('fails a dead link, an e-mail past 102 KB and a spam rule, and says what to do', async () => {
    const long = 'Miljömålen är Sveriges genomförande av miljödelarna i de globala målen. '.repeat(1800)
    const id = await issueWith('trasigt', richText(paragraph(link(`${origin}/finns`, 'Rapporten om miljömålen')), paragraph(link(`${origin}/borta`, 'Vägledningen för etappmålen')), paragraph(link('http://10.1.2.3/internt', 'Intranätets sida om målen')), paragraph(long)), `Ingress. ${GTUBE}`)
    const checklist = await runChecklist(payload, editor, id, { spamd, fetchRules: rules })
    if (!checklist) throw new Error('no checklist')
    const links = line(checklist.lines, 'links')
    expect(links).toMatchObject({ status: 'fail', detail: '1 av 3 länkar fungerar inte.' })
    expect(links?.items).toContain(`${origin}/borta svarar 404`)
    expect(links?.items?.some((i) => i.startsWith('http://10.1.2.3/internt') && /internt nätverk/.test(i))).toBe(true)
    expect(line(checklist.lines, 'size')).toMatchObject({ status: 'fail', fix: 'Korta texterna eller flytta artiklar till nästa nummer.' })
    const spam = line(checklist.lines, 'spam')
    expect(spam?.status).toBe('fail')
    expect(spam?.items?.some((i) => i.startsWith('GTUBE (+1000)'))).toBe(true)
    expect(checklist.failing).toHaveLength(3)
    expect(checklist.failing[0]).toMatch(/^Storlek: E-posten är \d+,?\d* kB; Gmail klipper allt efter 102 kB/)
  }, 60_000)

  it('passes a good issue, and answers staff only over HTTP', async () => {
    const id = await issueWith('bra', richText(paragraph(link(`${origin}/finns`, 'Rapporten om miljömålen'))), 'En kort ingress om vad som hänt i arbetet med miljömålen i länen.')
    const checklist = await runChecklist(payload, editor, id, { spamd, fetchRules: rules })
    if (!checklist) throw new Error('no checklist')
    expect(checklist.failing).toEqual([])
    for (const id of ['subject', 'preheader', 'text', 'size', 'links'] as const) expect(line(checklist.lines, id)?.status, id).toBe('pass')
    expect(line(checklist.lines, 'spam')?.status).not.toBe('fail')
    expect(line(checklist.lines, 'css')?.status).toMatch(/pass|warn/)

    expect((await restGet(editorialApi.checklist(id))).status).toBe(403)
    const { status, body } = await restGet(editorialApi.checklist(id), token)
    expect(status).toBe(200)
    expect(body.lines.map((l: CheckLine) => l.id)).toEqual(['subject', 'preheader', 'text', 'size', 'images', 'accessibility', 'css', 'links', 'spam'])
    // Over HTTP the public rules hold: the loopback server is not fetched.
    expect(body.lines.find((l: CheckLine) => l.id === 'links').status).toBe('warn')
    expect((await restGet(editorialApi.checklist(2_000_000_000), token)).status).toBe(404)
  }, 60_000)
})
