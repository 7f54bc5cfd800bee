import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GET, POST } from '@/app/(site)/avregistrera/[token]/route'
import { testPayload, unique } from '@/testing/payload'
import { makeSentDelivery } from '@/testing/sentDelivery'

import { oneClickUnsubscribe } from './oneClick'
import { preferencesOf, savePreferences } from './preferences'
import { unsubscribeToken } from './tokens'

describe('Dina prenumerationer, and a one-click that leaves the lists its send went to', () => {
  let payload: Payload
  const tag = unique()
  const lists = { open: 0, closed: 0, otherOpen: 0, otherClosed: 0 }
  const sendings: number[] = []

  const subscriber = async (name: string, on: number[]) => {
    const doc = await payload.create({ collection: 'subscribers', data: { email: `${name}-${tag}@example.se`, subscriptions: on.map((list) => ({ list, status: 'subscribed' as const })) }, overrideAccess: true })
    const { docs } = await payload.find({ collection: 'subscribers', where: { id: { equals: doc.id } }, depth: 0, overrideAccess: true })
    return { id: doc.id, token: unsubscribeToken(docs[0]?.unsubscribeKey ?? '') }
  }
  const statuses = async (id: number) => {
    const doc = await payload.findByID({ collection: 'subscribers', id, depth: 0, overrideAccess: true })
    return Object.fromEntries((doc.subscriptions ?? []).map((r) => [typeof r.list === 'object' ? r.list.id : r.list, r.status]))
  }
  /** A delivery of a send to `on` for the subscriber, as the send's queue writes one. */
  /** A delivery of a send to `on` for the subscriber; its return tag. */
  const deliveryTo = async (subscriberId: number, on: number[]) => {
    const sent = await makeSentDelivery(payload, { subscriber: subscriberId, email: 'x@example.se', lists: on })
    sendings.push(sent.sending)
    return sent.returnTag
  }

  beforeAll(async () => {
    payload = await testPayload()
    lists.open = (await payload.create({ collection: 'mailing-lists', data: { name: `A öppen ${tag}`, publicSignup: true }, overrideAccess: true })).id
    lists.closed = (await payload.create({ collection: 'mailing-lists', data: { name: `B sluten ${tag}`, publicSignup: false }, overrideAccess: true })).id
    lists.otherOpen = (await payload.create({ collection: 'mailing-lists', data: { name: `C öppen ${tag}`, publicSignup: true, description: 'Om kurser' }, overrideAccess: true })).id
    lists.otherClosed = (await payload.create({ collection: 'mailing-lists', data: { name: `D sluten ${tag}`, publicSignup: false }, overrideAccess: true })).id
  })

  afterAll(async () => {
    if (sendings.length > 0) {
      await payload.db.drizzle.execute(sql`DELETE FROM deliveries WHERE sending_id IN ${sql.raw(`(${sendings.join(',')})`)}`)
      await payload.db.drizzle.execute(sql`DELETE FROM issue_snapshots WHERE issue_id IN (SELECT issue_id FROM sendings WHERE id IN ${sql.raw(`(${sendings.join(',')})`)})`)
      await payload.db.drizzle.execute(sql`DELETE FROM sendings WHERE id IN ${sql.raw(`(${sendings.join(',')})`)}`)
    }
    await payload.delete({ collection: 'subscribers', where: { email: { like: tag } }, overrideAccess: true })
    await payload.delete({ collection: 'mailing-lists', where: { id: { in: Object.values(lists) } }, overrideAccess: true })
    await payload.db.destroy?.()
  })

  it('shows the lists the address is on and the open ones, never another closed list; saves ticks, name and organisation', async () => {
    const anna = await subscriber('anna', [lists.open, lists.closed])
    const shown = await preferencesOf(payload, anna.token)
    if (typeof shown === 'string') throw new Error(shown)
    const mine = shown.lists.filter((l) => l.name.endsWith(tag))
    expect(mine.map((l) => [l.name, l.status])).toEqual([
      [`A öppen ${tag}`, 'subscribed'],
      [`B sluten ${tag}`, 'subscribed'],
      [`C öppen ${tag}`, null],
    ])
    expect(await preferencesOf(payload, `${anna.token}x`)).toBe('invalid')

    // Ticks A and C (and D, a closed list it is not on, by a forged form): B is left, C received, D ignored.
    const saved = await savePreferences(payload, anna.token, { lists: [lists.open, lists.otherOpen, lists.otherClosed], name: '  Anna   Andersson ', organisation: 'Länsstyrelsen' })
    expect(saved).toEqual({ received: [`C öppen ${tag}`], left: [`B sluten ${tag}`], detailsChanged: true })
    expect(await statuses(anna.id)).toEqual({ [lists.open]: 'subscribed', [lists.closed]: 'unsubscribed', [lists.otherOpen]: 'subscribed' })
    const doc = await payload.findByID({ collection: 'subscribers', id: anna.id, depth: 0, overrideAccess: true })
    expect(doc).toMatchObject({ name: 'Anna Andersson', organisation: 'Länsstyrelsen' })
    expect(doc.consent?.slice(-2).map((c) => [c.event, c.lists, c.by])).toEqual([
      ['chosenByReader', `C öppen ${tag}`, 'Prenumeranten själv'],
      ['unsubscribed', `B sluten ${tag}`, 'Prenumeranten själv'],
    ])
    // The same again changes nothing and records nothing.
    expect(await savePreferences(payload, anna.token, { lists: [lists.open, lists.otherOpen], name: 'Anna Andersson', organisation: 'Länsstyrelsen' })).toEqual({ received: [], left: [], detailsChanged: false })
    expect((await payload.findByID({ collection: 'subscribers', id: anna.id, depth: 0, overrideAccess: true })).consent).toHaveLength(doc.consent?.length ?? 0)
  })

  it('the page works without JavaScript: a form of checkboxes, saved by POST, and the answer says what changed', async () => {
    const bo = await subscriber('bo', [lists.open])
    const url = `http://localhost/avregistrera/${encodeURIComponent(bo.token)}`
    const context = { params: Promise.resolve({ token: bo.token }) }
    const page = await (await GET(new Request(url), context)).text()
    expect(page).toContain('<h1 class="text-3xl font-bold text-brand">Dina prenumerationer</h1>')
    expect(page).toContain(`<input id="lista-${lists.open}" type="checkbox" name="lista" checked="" value="${lists.open}"/>`)
    expect(page).not.toContain(`B sluten ${tag}`)
    const body = new URLSearchParams([['atgard', 'spara'], ['lista', String(lists.otherOpen)], ['name', 'Bo'], ['organisation', '']])
    const answer = await POST(new Request(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body }), context)
    expect(answer.status).toBe(200)
    const text = await answer.text()
    expect(text).toContain(`Du får nu C öppen ${tag}.`)
    expect(text).toContain(`Du får inte längre A öppen ${tag}.`)
    expect(await statuses(bo.id)).toEqual({ [lists.open]: 'unsubscribed', [lists.otherOpen]: 'subscribed' })
  })

  it("a one-click from a send's message leaves that send's lists only; a link without a send leaves every list", async () => {
    const cia = await subscriber('cia', [lists.open, lists.closed])
    const sendTag = await deliveryTo(cia.id, [lists.closed])
    expect(await oneClickUnsubscribe(payload, cia.token, sendTag)).toBe('done')
    expect(await statuses(cia.id)).toEqual({ [lists.open]: 'subscribed', [lists.closed]: 'unsubscribed' })
    const consent = (await payload.findByID({ collection: 'subscribers', id: cia.id, depth: 0, overrideAccess: true })).consent?.at(-1)
    expect(consent).toMatchObject({ event: 'oneClickUnsubscribed', lists: `B sluten ${tag}` })

    // Another subscriber's delivery, or a forged tag, names no send of this reader's: every list, as before.
    const dan = await subscriber('dan', [lists.open, lists.closed])
    expect(await oneClickUnsubscribe(payload, dan.token, sendTag)).toBe('done')
    expect(await statuses(dan.id)).toEqual({ [lists.open]: 'unsubscribed', [lists.closed]: 'unsubscribed' })
    const eva = await subscriber('eva', [lists.open, lists.closed])
    expect(await oneClickUnsubscribe(payload, eva.token, `${sendTag.slice(0, -1)}0`)).toBe('done')
    expect(await statuses(eva.id)).toEqual({ [lists.open]: 'unsubscribed', [lists.closed]: 'unsubscribed' })

    // Through the route, as the mail client POSTs to the List-Unsubscribe URL with its ?utskick=.
    const fia = await subscriber('fia', [lists.open, lists.closed])
    const fiaTag = await deliveryTo(fia.id, [lists.open])
    const url = `http://localhost/avregistrera/${encodeURIComponent(fia.token)}?utskick=${fiaTag}`
    const answer = await POST(new Request(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' }), { params: Promise.resolve({ token: fia.token }) })
    expect(answer.status).toBe(200)
    expect(await statuses(fia.id)).toEqual({ [lists.open]: 'unsubscribed', [lists.closed]: 'subscribed' })
  })
})
