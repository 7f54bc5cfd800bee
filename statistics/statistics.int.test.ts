import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GET as followRoute, HEAD as headRoute } from '@/app/(site)/l/[sending]/[n]/route'
import { createMailer, replaceMailer, type Mailer } from '@/lib/mail/mailer'
import type { User } from '@/payload-types'
import { oneClickUnsubscribe } from '@/subscribers/oneClick'
import { makeArticle, makeIssue } from '@/testing/content'
import { restGetRaw, restPost } from '@/testing/http'
import { mailTo, rawHeader } from '@/testing/mailbox'
import { createStaff, testPayload, tokenFor, unique } from '@/testing/payload'
import { startTestSmtp, type TestSmtp } from '@/testing/smtpServer'

import { statisticsApi } from './api'
import { flushClicks } from './clicks'
import { overview } from './overview'
import { sendFigures } from './sendFigures'

const READER = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'
const RECIPIENTS = 50

describe('statistics without following anyone: short links, clicks, a send and its lists in figures', () => {
  let payload: Payload
  let publisher: User
  let token = ''
  let smtp: TestSmtp
  let previousMailer: Mailer
  let list = 0
  let issue = 0
  let sending = 0
  const sendings: number[] = []
  const tag = unique()
  const address = (i: number) => `lasare${i}-${tag}@example.se`

  /** A click as a reader's browser (or a scanner) makes it, through the route the site serves. */
  const follow = async (link: string, { client, agent = READER, method = 'GET' }: { client: string; agent?: string | null; method?: 'GET' | 'HEAD' }) => {
    const url = new URL(link)
    const [, , sendingId, n] = url.pathname.split('/')
    const request = new Request(url, { method, headers: { ...(agent ? { 'User-Agent': agent } : {}), 'X-Forwarded-For': client } })
    return (method === 'HEAD' ? headRoute : followRoute)(request, { params: Promise.resolve({ sending: sendingId ?? '', n: n ?? '' }) })
  }
  const shortLinksIn = (html: string) => [...new Set([...html.matchAll(/href="(http:\/\/localhost:\d+\/l\/\d+\/\d+)"/g)].map((m) => m[1] as string))]

  beforeAll(async () => {
    payload = await testPayload()
    smtp = await startTestSmtp(await mkdtemp(path.join(os.tmpdir(), 'rus-statistics-')))
    previousMailer = replaceMailer(createMailer({ smtpUrl: smtp.url, outboxDir: '/nonexistent', from: { name: 'Nytt från RUS', address: 'nyhetsbrev@example.se' } }))
    publisher = await createStaff(payload, 'publisher', `stat-${tag}`)
    token = await tokenFor(payload, publisher)
    list = (await payload.create({ collection: 'mailing-lists', data: { name: `Statistiklistan ${tag}` }, overrideAccess: true })).id
    for (let i = 0; i < RECIPIENTS; i++) {
      await payload.create({ collection: 'subscribers', data: { email: address(i), name: `Läsare ${tag} ${i}`, subscriptions: [{ list, status: 'subscribed' }] }, overrideAccess: true })
    }
    const articles = [await makeArticle(payload, 'published'), await makeArticle(payload, 'published')]
    issue = (await makeIssue(payload, 'published', articles.map((a) => a.id))).id
    const queued = await restPost(`/api/issues/${issue}/skicka`, { lists: [list] }, { token })
    expect(queued.status).toBe(201)
    sending = queued.body.sending
    sendings.push(sending)
    await payload.jobs.run({ queue: 'default', where: { taskSlug: { equals: 'runSending' } } })
  })

  afterAll(async () => {
    replaceMailer(previousMailer).close()
    const ids = sql.raw(`(${sendings.join(',') || '0'})`)
    await payload.db.drizzle.execute(sql`DELETE FROM issue_snapshots WHERE issue_id IN (SELECT issue_id FROM sendings WHERE id IN ${ids})`)
    await payload.db.drizzle.execute(sql`DELETE FROM deliveries WHERE sending_id IN ${ids}`)
    await payload.db.drizzle.execute(sql`DELETE FROM sendings WHERE id IN ${ids}`)
    await payload.delete({ collection: 'subscribers', where: { email: { like: tag } }, overrideAccess: true })
    await payload.delete({ collection: 'mailing-lists', where: { id: { equals: list } }, overrideAccess: true })
    await payload.delete({ collection: 'users', where: { id: { equals: publisher.id } }, overrideAccess: true })
    await smtp.stop()
    await rm(smtp.mailbox, { recursive: true, force: true })
    await payload.db.destroy?.()
  })

  it('every recipient gets the same short links, nothing personal in them, each leading where the e-mail led', async () => {
    const [first] = await mailTo(smtp.mailbox, address(0))
    const [last] = await mailTo(smtp.mailbox, address(RECIPIENTS - 1))
    const links = shortLinksIn(String(first?.html))
    expect(links.length).toBeGreaterThanOrEqual(3)
    expect(shortLinksIn(String(last?.html))).toEqual(links)
    // The text part has the same short links in place of the addresses.
    for (const link of links.slice(0, 2)) expect(String(first?.text)).toContain(link)
    // Only the personal unsubscribe link is personal, and it is not a short link.
    const unsubscribe = /<(http:\/\/localhost:\d+\/avregistrera\/[^>]+)>/.exec(rawHeader(first!, 'List-Unsubscribe') ?? '')?.[1] ?? ''
    expect(String(first?.html)).toContain(`href="${unsubscribe}"`)
    expect(links.every((link) => !link.includes(address(0)))).toBe(true)
    const stored = await payload.db.drizzle.execute(sql`SELECT n, url FROM send_links WHERE sending_id = ${sending} ORDER BY n`)
    for (const [i, link] of links.entries()) {
      const answer = await follow(link, { client: `10.1.0.${i}`, method: 'HEAD' })
      expect(answer.status).toBe(302)
      expect(answer.headers.get('Location')).toBe((stored.rows[Number(link.split('/').pop()) - 1] as { url: string }).url)
      expect(answer.headers.get('Cache-Control')).toBe('no-store')
    }
  })

  it('counts readers and machines apart; a forged link, another send\'s, a huge id → 404', async () => {
    await flushClicks(payload)
    const [mail] = await mailTo(smtp.mailbox, address(1))
    const [one, two, three] = shortLinksIn(String(mail?.html))
    // Three readers follow the first link, one the second, each from their own address.
    for (const client of ['10.2.0.1', '10.2.0.2', '10.2.0.3']) expect((await follow(one!, { client })).status).toBe(302)
    expect((await follow(two!, { client: '10.2.0.4' })).status).toBe(302)
    // A mail filter opens every link of the message at once, with a browser's name; another calls itself a bot.
    for (const link of [one!, two!, three!]) expect((await follow(link, { client: '10.9.9.9' })).status).toBe(302)
    expect((await follow(one!, { client: '10.9.9.10', agent: 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)' })).status).toBe(302)
    expect((await follow(one!, { client: '10.9.9.11', agent: null })).status).toBe(302)

    const base = new URL(one!)
    for (const forged of [`/l/${sending}/999`, `/l/${sending + 1000}/1`, `/l/${sending}/0`, `/l/abc/1`, `/l/${sending}/99999999999999999999`, `/l/-1/1`]) {
      const [, , s, n] = forged.split('/')
      const answer = await followRoute(new Request(new URL(forged, base)), { params: Promise.resolve({ sending: s ?? '', n: n ?? '' }) })
      expect(answer.status, forged).toBe(404)
      expect(answer.headers.get('Location')).toBeNull()
    }

    await flushClicks(payload)
    const figures = await sendFigures(payload, sending)
    const byN = new Map(figures?.links.map((l) => [l.n, l]))
    const n = (link: string) => Number(link.split('/').pop())
    // The HEADs of the first test are automatic; so are the filter's three, the bot and the nameless.
    expect(byN.get(n(one!))).toMatchObject({ clicks: 3, automatic: 1 + 1 + 1 + 1 })
    expect(byN.get(n(two!))).toMatchObject({ clicks: 1, automatic: 1 + 1 })
    expect(byN.get(n(three!))).toMatchObject({ clicks: 0, automatic: 1 + 1 })
    expect(figures).toMatchObject({ recipients: RECIPIENTS, accepted: RECIPIENTS, failed: 0, waiting: 0, hardBounces: 0, complaints: 0, unsubscribedByLink: 0 })
    expect(figures?.perList).toEqual([{ list, name: `Statistiklistan ${tag}`, recipients: RECIPIENTS }])
    expect(figures?.progress.reduce((sum, p) => sum + p.accepted, 0)).toBe(RECIPIENTS)
    expect(figures?.clicksByDay).toHaveLength(1)
  })

  it('a short link of a sent issue still leads where it led after the issue is corrected', async () => {
    const [mail] = await mailTo(smtp.mailbox, address(2))
    const [one] = shortLinksIn(String(mail?.html))
    const before = (await follow(one!, { client: '10.3.0.1' })).headers.get('Location')
    await payload.update({ collection: 'issues', id: issue, data: { intro: `Rättad inledning ${tag}` }, overrideAccess: true })
    expect((await restPost(`/api/issues/${issue}/rattelse`, { note: 'Inledningen rättad.' }, { token })).status).toBe(201)
    const after = await follow(one!, { client: '10.3.0.2' })
    expect(after.status).toBe(302)
    expect(after.headers.get('Location')).toBe(before)
  })

  it('an unsubscribe by the send\'s one-click counts for the send and its list, never who', async () => {
    const [mail] = await mailTo(smtp.mailbox, address(3))
    const url = new URL(/<(http:\/\/localhost:\d+\/avregistrera\/[^>]+)>/.exec(rawHeader(mail!, 'List-Unsubscribe') ?? '')?.[1] ?? '')
    const tokenPart = decodeURIComponent(url.pathname.split('/').pop() ?? '')
    expect(await oneClickUnsubscribe(payload, tokenPart, url.searchParams.get('utskick'))).toBe('done')
    expect(await oneClickUnsubscribe(payload, tokenPart, url.searchParams.get('utskick'))).toBe('done')
    expect((await sendFigures(payload, sending))?.unsubscribedByLink).toBe(1)
    const months = (await overview(payload)).months.filter((m) => m.list === list)
    expect(Object.fromEntries(months.map((m) => [m.kind, m.n]))).toEqual({ added: RECIPIENTS, unsubscribed: 1 })
  })

  it('staff download every figure as CSV; a reader gets nothing', async () => {
    const csv = await restGetRaw(statisticsApi.sendCsv(sending), token)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('Content-Type')).toContain('text/csv')
    expect(csv.text).toContain(`Utskick;Mottagare;;${RECIPIENTS}`)
    expect(csv.text).toContain('Klick per länk')
    const all = await restGetRaw(statisticsApi.overviewCsv(), token)
    expect(all.status).toBe(200)
    expect(all.text).toContain(`Statistiklistan ${tag}: Avregistreringar;`)
    expect((await restGetRaw(statisticsApi.sendCsv(sending))).status).toBe(403)
    expect((await restGetRaw(statisticsApi.overviewCsv())).status).toBe(403)
    expect((await restGetRaw(statisticsApi.sendCsv(2 ** 31 - 1), token)).status).toBe(404)
  })

  it('no statistics row holds an address, a name, a token, a client address or a user agent', async () => {
    await flushClicks(payload)
    const tables = ['send_links', 'link_clicks', 'list_changes', 'send_unsubscribes', 'send_list_recipients']
    const everything: string[] = []
    for (const table of tables) {
      const { rows } = await payload.db.drizzle.execute(sql.raw(`SELECT * FROM ${table}`))
      expect(rows.length, table).toBeGreaterThan(0)
      everything.push(JSON.stringify(rows))
    }
    const text = everything.join('\n')
    const keys = await payload.db.drizzle.execute(sql`SELECT unsubscribe_key FROM subscribers WHERE email LIKE ${`%${tag}%`}`)
    expect(text).not.toMatch(/@/)
    expect(text).not.toContain(tag.slice(-6) + ' ')
    expect(text).not.toMatch(/10\.\d+\.\d+\.\d+/)
    expect(text).not.toMatch(/Mozilla|Firefox|bingbot/)
    for (const row of keys.rows as { unsubscribe_key: string }[]) expect(text).not.toContain(row.unsubscribe_key)
    expect(text).not.toMatch(/avregistrera|utskick=/)
  })
})
