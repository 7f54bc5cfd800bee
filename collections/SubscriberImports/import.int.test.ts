import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { INTERNATIONAL_ADDRESSES } from '@/testing/addresses'
import { restPostForm } from '@/testing/http'
import { createStaff, testPayload, tokenFor, unique } from '@/testing/payload'
import { MAX_CSV_LINES } from '@/subscribers/model'

describe('a CSV import into a list', () => {
  let payload: Payload
  let editor: User
  let list: { id: number; name: string }
  let otherList: { id: number }
  const tag = unique()
  const address = (name: string) => `${name}-${tag}@example.se`

  const runJobs = () => payload.jobs.run({ queue: 'default', where: { taskSlug: { equals: 'importSubscribers' } } })
  const asEditor = () => ({ user: editor, overrideAccess: false }) as const

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createStaff(payload, 'editor')
    list = await payload.create({ collection: 'mailing-lists', data: { name: `Arbetsgrupp ${tag}` }, overrideAccess: true })
    otherList = await payload.create({ collection: 'mailing-lists', data: { name: `Styrgrupp ${tag}` }, overrideAccess: true })
    await payload.create({ collection: 'subscribers', data: { email: address('left'), subscriptions: [{ list: otherList.id, status: 'unsubscribed' }] }, overrideAccess: true })
    await payload.create({ collection: 'subscribers', data: { email: address('known'), name: 'Känd', subscriptions: [{ list: otherList.id, status: 'subscribed' }] }, overrideAccess: true })
    await payload.create({ collection: 'subscribers', data: { email: address('there'), subscriptions: [{ list: list.id, status: 'subscribed' }] }, overrideAccess: true })
  })

  afterAll(async () => {
    await payload.delete({ collection: 'subscriber-imports', where: { id: { exists: true } }, overrideAccess: true })
    await payload.delete({ collection: 'subscribers', where: { email: { like: tag } }, overrideAccess: true })
    await payload.delete({ collection: 'mailing-lists', where: { id: { in: [list.id, otherList.id] } }, overrideAccess: true })
    await payload.db.destroy?.()
  })

  it('dry-runs line by line, then imports; never re-subscribes an address that left', async () => {
    const csv = [
      '\uFEFFe-post;namn;organisation',
      `${address('new')};Ny Person;Länsstyrelsen Skåne`,
      `${address('KNOWN').toUpperCase()};Ett annat namn;`,
      'inte-en-adress',
      `${address('new')};Dubblett;`,
      `${address('left')};;`,
      `${address('there')};;`,
      '',
    ].join('\r\n')
    const created = await payload.create({ collection: 'subscriber-imports', data: { list: list.id, csv }, ...asEditor() })
    expect(created.status).toBe('checked')
    expect(created.report).toMatchObject({ total: 6, new: 1, added: 1, already: 1, unsubscribed: 1, invalid: 1, duplicates: 1 })
    expect((created.report as { problems: unknown[] }).problems).toEqual([
      { line: 4, value: 'inte-en-adress', reason: 'Ogiltig adress' },
      { line: 5, value: address('new'), reason: 'Finns redan på rad 2' },
      { line: 6, value: address('left'), reason: 'Har avregistrerat sig eller studsat – läggs inte till' },
    ])
    // A dry run writes nothing.
    expect((await payload.count({ collection: 'subscribers', where: { email: { equals: address('new') } }, overrideAccess: true })).totalDocs).toBe(0)

    await payload.update({ collection: 'subscriber-imports', id: created.id, data: { status: 'queued' }, ...asEditor() })
    // Queued, the file and the list are fixed.
    const tampered = await payload.update({ collection: 'subscriber-imports', id: created.id, data: { csv: 'x@example.se', list: otherList.id, status: 'done' }, depth: 0, ...asEditor() })
    expect(tampered).toMatchObject({ status: 'queued', csv, list: list.id })

    await runJobs()
    const done = await payload.findByID({ collection: 'subscriber-imports', id: created.id, overrideAccess: true })
    expect(done).toMatchObject({ status: 'done', processed: 4, csv: null, result: { new: 1, added: 1, already: 1, unsubscribed: 1 }, startedBy: editor.email })

    const find = async (name: string) =>
      (await payload.find({ collection: 'subscribers', where: { email: { equals: address(name) } }, depth: 0, overrideAccess: true })).docs[0]
    const fresh = await find('new')
    expect(fresh).toMatchObject({ name: 'Ny Person', organisation: 'Länsstyrelsen Skåne', subscriptions: [{ list: list.id, status: 'subscribed' }] })
    expect(fresh?.consent?.map((e) => [e.event, e.lists, e.by])).toEqual([['imported', list.name, `${editor.email} (import ${created.id})`]])
    const known = await find('known')
    expect(known?.name).toBe('Känd')
    expect(known?.subscriptions?.map((r) => [r.list, r.status])).toEqual([
      [otherList.id, 'subscribed'],
      [list.id, 'subscribed'],
    ])
    expect((await find('left'))?.subscriptions?.map((r) => r.status)).toEqual(['unsubscribed'])
  })

  it('works through a longer file in batches and says in Swedish what is wrong with a bad one', async () => {
    const lines = Array.from({ length: 600 }, (_, i) => `batch${i}-${tag}@example.se`)
    const created = await payload.create({ collection: 'subscriber-imports', data: { list: list.id, csv: lines.join('\n') }, ...asEditor() })
    expect(created.report).toMatchObject({ total: 600, new: 600 })
    await payload.update({ collection: 'subscriber-imports', id: created.id, data: { status: 'queued' }, ...asEditor() })
    await runJobs()
    expect(await payload.findByID({ collection: 'subscriber-imports', id: created.id, overrideAccess: true })).toMatchObject({ status: 'done', processed: 600 })
    expect((await payload.count({ collection: 'subscribers', where: { email: { like: `batch` }, and: [{ email: { like: tag } }] }, overrideAccess: true })).totalDocs).toBe(600)

    // Longer than a text field takes by default (40,000 characters): a file of 10,000 addresses is.
    const long = Array.from({ length: 2_000 }, (_, i) => `lang-adress-nummer-${i}-${tag}@example.se;Namn ${i}`).join('\n')
    expect(long.length).toBeGreaterThan(40_000)
    const longCheck = await payload.create({ collection: 'subscriber-imports', data: { list: list.id, csv: long }, ...asEditor() })
    expect(longCheck.report).toMatchObject({ total: 2_000, new: 2_000 })

    await expect(payload.create({ collection: 'subscriber-imports', data: { list: list.id, csv: '' }, ...asEditor() })).rejects.toThrow(/Välj en CSV-fil/)
    const empty = await payload.create({ collection: 'subscriber-imports', data: { list: list.id, csv: 'inte,adresser\n' }, ...asEditor() })
    await expect(payload.update({ collection: 'subscriber-imports', id: empty.id, data: { status: 'queued' }, ...asEditor() })).rejects.toThrow(/inga nya adresser/)
  })

  it('imports every Swedish and international address its dry run counted, none more, none fewer', async () => {
    const lines = INTERNATIONAL_ADDRESSES.filter((a, i, all) => all.findIndex((b) => b.toLowerCase() === a.toLowerCase()) === i).map((a) => a.replace('@', `-${tag}@`))
    const created = await payload.create({ collection: 'subscriber-imports', data: { list: list.id, csv: ['e-post', ...lines].join('\n') }, ...asEditor() })
    expect(created.report).toMatchObject({ total: lines.length, new: lines.length, invalid: 0 })
    await payload.update({ collection: 'subscriber-imports', id: created.id, data: { status: 'queued' }, ...asEditor() })
    await runJobs()
    const done = await payload.findByID({ collection: 'subscriber-imports', id: created.id, overrideAccess: true, depth: 0 })
    expect(done).toMatchObject({ status: 'done', processed: lines.length, result: { new: lines.length } })
  })

  it(`takes a file of ${MAX_CSV_LINES.toLocaleString('en')} realistic lines as the admin sends it (a form field of over 4 MB), and refuses one line more`, async () => {
    const token = await tokenFor(payload, editor)
    const line = (i: number) => `förnamn.efternamn${i}-${tag}@lansstyrelsen.se;Förnamn Efternamn;Länsstyrelsen Västra Götaland`
    const csv = ['e-post;namn;organisation', ...Array.from({ length: MAX_CSV_LINES }, (_, i) => line(i))].join('\r\n')
    expect(Buffer.byteLength(JSON.stringify({ csv }))).toBeGreaterThan(4 * 1024 * 1024)
    const saved = await restPostForm('/api/subscriber-imports', { list: list.id, csv }, { token })
    expect(saved.status).toBe(201)
    expect(saved.body.doc.report).toMatchObject({ total: MAX_CSV_LINES, new: MAX_CSV_LINES, invalid: 0 })
    const tooLong = await restPostForm('/api/subscriber-imports', { list: list.id, csv: `${csv}\r\n${line(MAX_CSV_LINES)}` }, { token })
    expect(tooLong.status).toBe(400)
    expect(tooLong.body.errors[0].message).toMatch(/^Filen har fler än 50\s000 rader/)
  }, 120_000)
})
