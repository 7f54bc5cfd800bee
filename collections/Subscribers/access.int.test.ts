import { parse } from 'csv-parse/sync'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { graphql, restDelete, restGet, restGetRaw, restPatch, restPost } from '@/testing/http'
import { createStaff, testPayload, tokenFor, unique } from '@/testing/payload'

/**
 * Who may do what with the address book (decided in collections/Subscribers, MailingLists and
 * SubscriberImports): readers nothing, through any door; editors read and write subscribers,
 * lists and imports; only admins delete a subscriber or export everything about one.
 */
describe('the address book and its doors', () => {
  let payload: Payload
  let editorToken: string
  let adminToken: string
  let closed: { id: number; name: string }
  let open: { id: number; name: string }
  let subscriber: { id: number; email: string }

  beforeAll(async () => {
    payload = await testPayload()
    const editor: User = await createStaff(payload, 'editor')
    const admin: User = await createStaff(payload, 'admin')
    editorToken = await tokenFor(payload, editor)
    adminToken = await tokenFor(payload, admin)
    closed = await payload.create({ collection: 'mailing-lists', data: { name: `Styrgrupp ${unique()}`, description: 'intern' }, overrideAccess: true })
    open = await payload.create({ collection: 'mailing-lists', data: { name: `Alla ${unique()}`, description: 'för alla', publicSignup: true }, overrideAccess: true })
    subscriber = await payload.create({
      collection: 'subscribers',
      data: { email: `hemlig-${unique()}@example.se`, name: 'Hemlig Person', subscriptions: [{ list: closed.id, status: 'subscribed' }] },
      overrideAccess: true,
    })
  })

  afterAll(async () => {
    await payload.delete({ collection: 'subscribers', where: { id: { exists: true } }, overrideAccess: true })
    for (const list of [closed, open]) await payload.delete({ collection: 'mailing-lists', id: list.id, overrideAccess: true }).catch(() => undefined)
    await payload.db.destroy?.()
  })

  it('a reader reads no subscriber by REST, GraphQL or the Local API', async () => {
    const list = await restGet('/api/subscribers')
    expect(list.status).toBe(403)
    expect(JSON.stringify(list.body)).not.toContain(subscriber.email)
    expect((await restGet(`/api/subscribers/${subscriber.id}`)).status).toBe(403)
    const viaGraphql = await graphql(`{ Subscribers { docs { email } } Subscriber(id: ${subscriber.id}) { email } }`)
    expect(JSON.stringify(viaGraphql.body)).not.toContain(subscriber.email)
    expect(viaGraphql.body.errors?.[0]?.message).toBe('Du får inte utföra denna åtgärd.')
    await expect(payload.find({ collection: 'subscribers', overrideAccess: false })).rejects.toThrow()
    expect((await restGet('/api/subscriber-imports')).status).toBe(403)
    expect((await restPost('/api/subscribers', { email: `x-${unique()}@example.se` })).status).toBe(403)
  })

  it('a reader sees only the names and descriptions of lists open for sign-up, never their counts', async () => {
    const lists = await restGet(`/api/mailing-lists?where[id][in]=${closed.id},${open.id}`)
    expect(lists.status).toBe(200)
    expect(lists.body.docs.map((l: { name: string }) => l.name)).toEqual([open.name])
    expect(lists.body.docs[0].subscribed).toBeUndefined()
    expect((await restGet(`/api/mailing-lists/${closed.id}`)).status).toBe(404)
    expect((await restGetRaw(`/api/mailing-lists/${closed.id}/export`)).status).toBe(403)
  })

  it('an editor reads, adds and changes subscribers, with a record of who did it; cannot delete or export one', async () => {
    const read = await restGet(`/api/subscribers/${subscriber.id}`, editorToken)
    expect(read.body).toMatchObject({ email: subscriber.email, name: 'Hemlig Person' })
    expect(read.body.unsubscribeKey).toBeUndefined()

    const made = await restPost('/api/subscribers', { email: `  Ny.Person-${unique()}@Example.SE `, subscriptions: [{ list: open.id, status: 'subscribed' }], consent: [{ at: '2020-01-01', event: 'confirmed' }] }, { token: editorToken })
    expect(made.status).toBe(201)
    expect(made.body.doc.email).toMatch(/^ny\.person-.*@example\.se$/)
    // The record is the server's: what the request sent is ignored.
    expect(made.body.doc.consent.map((e: { event: string; by: string }) => [e.event, e.by])).toEqual([['addedByStaff', expect.stringContaining('@example.test')]])

    const changed = await restPatch(`/api/subscribers/${made.body.doc.id}`, { subscriptions: [{ list: open.id, status: 'unsubscribed' }] }, editorToken)
    expect(changed.status).toBe(200)
    expect(changed.body.doc.consent.at(-1)).toMatchObject({ event: 'changedByStaff', lists: `${open.name}: Prenumererar → Avregistrerad` })

    const duplicate = await restPost('/api/subscribers', { email: subscriber.email.toUpperCase() }, { token: editorToken })
    expect(duplicate.status).toBe(400)

    expect((await restDelete(`/api/subscribers/${subscriber.id}`, editorToken)).status).toBe(403)
    expect((await restGetRaw(`/api/subscribers/${subscriber.id}/personuppgifter`, editorToken)).status).toBe(403)
    expect((await restDelete(`/api/mailing-lists/${closed.id}`, editorToken)).status).toBe(403)
  })

  it('an editor exports a list as CSV that Excel in Swedish opens', async () => {
    const csv = await restGetRaw(`/api/mailing-lists/${closed.id}/export`, editorToken)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv.text).toBe(`\uFEFFe-post;namn;organisation\r\n${subscriber.email};Hemlig Person;\r\n`)
  })

  it('writes a cell that a spreadsheet would run as a formula as text', async () => {
    const list = await payload.create({ collection: 'mailing-lists', data: { name: `Formler ${unique()}` }, overrideAccess: true })
    const cells = ["=cmd|' /C calc'!A0", '=HYPERLINK("https://ond.example";"Klicka")', '+46 10 223', '-1+1', '@SUM(A1)', '\t=1']
    const people = []
    for (const [i, name] of cells.entries()) {
      people.push(await payload.create({ collection: 'subscribers', data: { email: `formel${i}-${unique()}@example.se`, name, organisation: name, subscriptions: [{ list: list.id, status: 'subscribed' }] }, overrideAccess: true }))
    }
    try {
      const csv = await restGetRaw(`/api/mailing-lists/${list.id}/export`, editorToken)
      const rows = parse(csv.text.replace(/^\uFEFF/, ''), { delimiter: ';', from_line: 2 }) as string[][]
      expect(rows.map((row) => row[1])).toEqual(cells.map((cell) => `'${cell}`))
      expect(rows.map((row) => row[2])).toEqual(cells.map((cell) => `'${cell}`))
    } finally {
      for (const person of people) await payload.delete({ collection: 'subscribers', id: person.id, overrideAccess: true })
      await payload.delete({ collection: 'mailing-lists', id: list.id, overrideAccess: true })
    }
  })

  it('an admin exports everything about an address, and deletes it; a list with subscribers is not deleted', async () => {
    const file = await restGetRaw(`/api/subscribers/${subscriber.id}/personuppgifter`, adminToken)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-disposition')).toMatch(/attachment/)
    const body = JSON.parse(file.text)
    expect(body.subscriber).toMatchObject({ email: subscriber.email, subscriptions: [{ status: 'subscribed' }] })
    expect(body.subscriber.unsubscribeKey).toBeUndefined()

    const refused = await restDelete(`/api/mailing-lists/${closed.id}`, adminToken)
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(/har prenumeranter/)
    expect((await restDelete(`/api/subscribers/${subscriber.id}`, adminToken)).status).toBe(200)
    expect((await restGetRaw(`/api/subscribers/${subscriber.id}/personuppgifter`, adminToken)).status).toBe(404)
  })
})
