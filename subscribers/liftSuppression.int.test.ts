import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { takeReturn } from '@/returns/take'
import { fixture } from '@/returns/fixtures'
import { restPatch, restPost, graphql } from '@/testing/http'
import { createStaff, testPayload, tokenFor, unique } from '@/testing/payload'
import { makeSentDelivery } from '@/testing/sentDelivery'
import type { User } from '@/payload-types'

import { subscriberApi } from './api'

describe('a suppression lifted by staff, with a note; the soft-bounce rule as a setting', () => {
  let payload: Payload
  let editor: User
  let token = ''
  let list = 0
  const tag = unique()
  const sendings: number[] = []
  const settingsBefore: { softBouncesToSuppress?: number; softBounceWindowDays?: number } = {}

  const subscriberWith = async (name: string, status: 'subscribed' | 'bounced') =>
    payload.create({ collection: 'subscribers', data: { email: `${name}-${tag}@example.se`, subscriptions: [{ list, status }] }, overrideAccess: true })
  const read = (id: number) => payload.findByID({ collection: 'subscribers', id, depth: 0, overrideAccess: true })

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createStaff(payload, 'editor', `lift-${tag}`)
    token = await tokenFor(payload, editor)
    list = (await payload.create({ collection: 'mailing-lists', data: { name: `Spärrlistan ${tag}` }, overrideAccess: true })).id
    const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
    Object.assign(settingsBefore, { softBouncesToSuppress: settings.softBouncesToSuppress, softBounceWindowDays: settings.softBounceWindowDays })
  })

  afterAll(async () => {
    await payload.updateGlobal({ slug: 'site-settings', data: settingsBefore, overrideAccess: true })
    const ids = sql.raw(`(${sendings.join(',') || '0'})`)
    await payload.db.drizzle.execute(sql`DELETE FROM returns WHERE sending_id IN ${ids}`)
    await payload.db.drizzle.execute(sql`DELETE FROM deliveries WHERE sending_id IN ${ids}`)
    await payload.db.drizzle.execute(sql`DELETE FROM issue_snapshots WHERE issue_id IN (SELECT issue_id FROM sendings WHERE id IN ${ids})`)
    await payload.db.drizzle.execute(sql`DELETE FROM sendings WHERE id IN ${ids}`)
    await payload.delete({ collection: 'subscribers', where: { email: { like: tag } }, overrideAccess: true })
    await payload.delete({ collection: 'mailing-lists', where: { id: { equals: list } }, overrideAccess: true })
    await payload.delete({ collection: 'users', where: { id: { equals: editor.id } }, overrideAccess: true })
    await payload.db.destroy?.()
  })

  it('a plain edit cannot put a bounced address back; "Häv spärren" needs a note, records it with who, and resets the count', async () => {
    const subscriber = await subscriberWith('studs', 'bounced')
    await payload.db.drizzle.execute(sql`UPDATE subscribers SET bounces = 3 WHERE id = ${subscriber.id}`)
    const rowId = subscriber.subscriptions?.[0]?.id

    const edit = await restPatch(`/api/subscribers/${subscriber.id}`, { subscriptions: [{ id: rowId, list, status: 'subscribed' }] }, token)
    expect(edit.status).toBe(400)
    expect(JSON.stringify(edit.body)).toContain('Häv spärren')
    expect((await read(subscriber.id)).subscriptions?.[0]?.status).toBe('bounced')

    expect((await restPost(subscriberApi.liftSuppression(subscriber.id), { note: 'x' })).status).toBe(403)
    const noNote = await restPost(subscriberApi.liftSuppression(subscriber.id), { note: '   ' }, { token })
    expect(noNote.status).toBe(400)
    expect(noNote.body.errors[0].message).toContain('Skriv varför')
    expect((await restPost(subscriberApi.liftSuppression(subscriber.id), { note: 'x'.repeat(1_001) }, { token })).status).toBe(400)
    expect((await restPost(subscriberApi.liftSuppression(2 ** 31 - 1), { note: 'x' }, { token })).status).toBe(404)

    const lifted = await restPost(subscriberApi.liftSuppression(subscriber.id), { note: 'Mottagaren har tömt sin brevlåda (samtal 6 dec).' }, { token })
    expect(lifted.status).toBe(200)
    expect(lifted.body).toEqual({ subscriber: subscriber.id, lists: [`Spärrlistan ${tag}`] })
    const after = await read(subscriber.id)
    expect(after.subscriptions?.map((s) => s.status)).toEqual(['subscribed'])
    expect(after.bounces).toBe(0)
    expect(after.consent?.at(-1)).toMatchObject({ event: 'suppressionLifted', by: editor.email, lists: `Spärrlistan ${tag}`, note: 'Mottagaren har tömt sin brevlåda (samtal 6 dec).' })

    // Nothing left to lift; the note stays through a later save by staff (the record is only appended to).
    expect((await restPost(subscriberApi.liftSuppression(subscriber.id), { note: 'igen' }, { token })).status).toBe(409)
    expect((await restPatch(`/api/subscribers/${subscriber.id}`, { name: 'Ny Namn' }, token)).status).toBe(200)
    expect((await read(subscriber.id)).consent?.find((c) => c.event === 'suppressionLifted')?.note).toContain('tömt sin brevlåda')
    // Staff may still take a bounced address off a list altogether.
    const other = await subscriberWith('bort', 'bounced')
    expect((await restPatch(`/api/subscribers/${other.id}`, { subscriptions: [{ id: other.subscriptions?.[0]?.id, list, status: 'unsubscribed' }] }, token)).status).toBe(200)
  })

  it('the lift endpoint is not a door for readers over GraphQL either: the subscriber stays unreadable', async () => {
    const subscriber = await subscriberWith('gql', 'bounced')
    const answer = await graphql(`{ Subscriber(id: ${subscriber.id}) { email consent { note } } }`)
    expect(JSON.stringify(answer.body)).not.toContain(subscriber.email)
  })

  it('soft bounces suppress after the number of them within the days the settings say', async () => {
    await payload.updateGlobal({ slug: 'site-settings', data: { softBouncesToSuppress: 2, softBounceWindowDays: 7 }, overrideAccess: true })
    const subscriber = await subscriberWith('full', 'subscribed')
    const soft = async (n: number) => {
      const sent = await makeSentDelivery(payload, { subscriber: subscriber.id, email: subscriber.email, lists: [list] })
      sendings.push(sent.sending)
      const raw = fixture('gmail-mailbox-full', { tag: { kind: 'd', id: sent.delivery }, address: subscriber.email }).toString('utf8').replace(/^Message-I[dD]: <[^>]+>/m, `Message-ID: <soft-${n}-${tag}@mx.example.se>`)
      return takeReturn(payload, 'inbox', Buffer.from(raw))
    }
    expect((await soft(1)).outcome).toBe('Tillfällig studs 1 av 2 inom 7 dagar: adressen får utskick tills vidare.')
    expect((await read(subscriber.id)).subscriptions?.map((s) => s.status)).toEqual(['subscribed'])
    expect((await soft(2)).outcome).toContain('2 tillfälliga studsar inom 7 dagar: adressen markerad som Studsar')
    expect((await read(subscriber.id)).subscriptions?.map((s) => s.status)).toEqual(['bounced'])
    expect((await payload.updateGlobal({ slug: 'site-settings', data: { softBouncesToSuppress: 0 }, overrideAccess: true }).catch((e: Error) => e)) instanceof Error).toBe(true)
  })

  it('each change is counted for the list, returns and lifts alike (statistics/listChanges.ts)', async () => {
    const { rows } = await payload.db.drizzle.execute(sql`SELECT kind, n FROM list_changes WHERE list_id = ${list}`)
    // Added: the lifted address and the one whose soft bounces came later; suppressed: the three made bounced, and the one the soft bounces suppressed.
    expect(Object.fromEntries((rows as { kind: string; n: number }[]).map((r) => [r.kind, r.n]))).toEqual({ added: 2, suppressed: 4 })
  })
})
