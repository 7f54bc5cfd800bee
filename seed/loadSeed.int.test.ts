import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getIssue } from '@/content/reads/issues'
import { PUBLIC_READER } from '@/content/reads/reader'
import { testPayload } from '@/testing/payload'
import { seedIssueView } from '@/testing/seedViews'

import { loadSeed } from './loadSeed'
import { SEED_ARTICLES } from './march2021/articles'
import { SEED_EVENTS } from './march2021/events'
import { SEED_ISSUE } from './march2021/issue'
import { SEED_GROUP, SEED_MEMBERS } from './march2021/people'

const system = { overrideAccess: true } as const

describe('the March 2021 seed', () => {
  let payload: Payload

  /** How many of the seed's own documents exist, found by their natural keys. */
  const seededCounts = async () => ({
    issues: (await payload.count({ collection: 'issues', where: { slug: { equals: SEED_ISSUE.slug } }, ...system })).totalDocs,
    articles: (await payload.count({ collection: 'articles', where: { slug: { in: SEED_ARTICLES.map((a) => a.slug) } }, ...system })).totalDocs,
    events: (await payload.count({ collection: 'events', where: { slug: { in: SEED_EVENTS.map((e) => e.slug) } }, ...system })).totalDocs,
    groups: (await payload.count({ collection: 'reference-groups', where: { slug: { equals: SEED_GROUP.slug } }, ...system })).totalDocs,
    members: (await payload.count({ collection: 'members', where: { name: { in: SEED_MEMBERS.map((m) => m.name) } }, ...system })).totalDocs,
    images: (await payload.count({ collection: 'media', where: { credit: { equals: 'Camilla Zilo' } }, ...system })).totalDocs,
    versions: (await payload.countVersions({ collection: 'articles', where: { 'version.slug': { in: SEED_ARTICLES.map((a) => a.slug) } }, ...system })).totalDocs,
  })

  beforeAll(async () => {
    payload = await testPayload()
    await loadSeed(payload)
  })

  afterAll(async () => {
    await payload.db.destroy?.()
  })

  it('loads the issue with its four highlights and two sections', async () => {
    const { docs } = await payload.find({ collection: 'issues', where: { slug: { equals: '2021-03-31' } }, depth: 1, ...system })
    const issue = docs[0]
    expect(issue?.title).toBe('Nytt från RUS 31 mars')
    expect(issue?._status).toBe('published')
    expect(issue?.highlights?.map((h) => h.text)).toHaveLength(4)
    expect(issue?.sections?.map((s) => s.heading)).toEqual(['AKTUELLT', 'UTBILDNING, KONFERENS OCH MÖTE'])
    expect(issue?.sections?.[0]?.items).toHaveLength(8)
    const event = issue?.sections?.[1]?.items?.[0]?.event
    expect(typeof event === 'object' && event?.theme).toBe('Livsmedel')
  })

  it('loads the reference group with six members, Marie-Helene Bergstrand as convener', async () => {
    // By its slug: other test files make groups of their own, and a page holds only ten.
    const { docs } = await payload.find({ collection: 'reference-groups', where: { slug: { equals: 'konsumtion-och-giftfri-vardag' } }, depth: 1, ...system })
    const group = docs[0]
    const names = group?.memberships?.map((m) => (typeof m.member === 'object' ? m.member.name : m.member))
    expect(names).toEqual([
      'Marie-Helene Bergstrand',
      'Magnus Eriksson',
      'Susanne Dahlberg',
      'Anne-Catrin Almér',
      'Anna Gilius',
      'Brita Asplund',
    ])
    expect(group?.memberships?.filter((m) => m.role === 'convener')).toHaveLength(1)
    expect(group?.memberships?.[0]?.role).toBe('convener')
    expect(typeof group?.nextMeeting === 'object' && group.nextMeeting?.approximateDate).toBe('slutet av maj 2021')
    expect(group?.callToJoin?.deadline?.slice(0, 10)).toBe('2021-04-30')
  })

  it('keeps both "Foto: Camilla Zilo" credits on placeholder images that say what they are', async () => {
    const { docs } = await payload.find({ collection: 'media', where: { credit: { equals: 'Camilla Zilo' } }, ...system })
    expect(docs).toHaveLength(2)
    for (const image of docs) expect(image.alt).toMatch(/ersätter originalfotot/)
  })

  it('is read back by the public queries exactly as the unit tests see it', async () => {
    const read = await getIssue(payload, PUBLIC_READER, '2021-03-31')
    // Ids and timestamps are the database's own; everything the renderers use must match. A
    // TIPS box's event, populated inside the rich text, is not shown: its slug stands for it.
    const comparable = (value: unknown) =>
      JSON.parse(JSON.stringify(value), (key, v: unknown) => {
        if (key === 'updatedAt') return 'stamp'
        if (key === 'id' && typeof v === 'number') return 'id'
        if (key === 'event' && typeof v === 'object' && v !== null && 'slug' in v) return (v as { slug: string }).slug
        return v
      })
    expect(comparable(read)).toEqual(comparable(seedIssueView().issue))
  })

  it('has the counts of the seed document, and a second run adds and changes nothing', async () => {
    const first = await seededCounts()
    // 1 issue; 8 articles in AKTUELLT; Miljömålsdagarna, the 28 May webinar and the group's
    // meeting; 1 group of 6 people; the 2 photos credited "Foto: Camilla Zilo".
    expect(first).toEqual({ issues: 1, articles: 8, events: 3, groups: 1, members: 6, images: 2, versions: 8 })
    const updatedAt = (await payload.find({ collection: 'reference-groups', ...system })).docs.map((g) => g.updatedAt)
    await loadSeed(payload)
    expect(await seededCounts()).toEqual(first)
    expect((await payload.find({ collection: 'reference-groups', ...system })).docs.map((g) => g.updatedAt)).toEqual(updatedAt)
  })
})
