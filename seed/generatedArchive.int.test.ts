import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchPublished } from '@/content/search/searchPublished'
import { testPayload } from '@/testing/payload'

import { generateArchive, GENERATED_PREFIX } from './generatedArchive'

describe('the generated archive (npm run seed -- --archive N)', () => {
  let payload: Payload
  const generated = { slug: { like: `${GENERATED_PREFIX}-` } }

  beforeAll(async () => {
    payload = await testPayload()
  })

  afterAll(async () => {
    await payload.delete({ collection: 'issues', where: generated, overrideAccess: true })
    await payload.delete({ collection: 'articles', where: generated, overrideAccess: true })
    await payload.db.destroy?.()
  })

  it('adds N marked articles in monthly issues of ten, the same ones on a second run', async () => {
    await generateArchive(payload, 25)
    const issues = await payload.find({ collection: 'issues', where: generated, sort: '-issueDate', depth: 0, overrideAccess: true })
    expect(issues.docs.map((i) => i.slug)).toEqual([`${GENERATED_PREFIX}-2021-02-15`, `${GENERATED_PREFIX}-2021-01-15`, `${GENERATED_PREFIX}-2020-12-15`])
    expect(issues.docs.every((i) => i.title.startsWith('[Genererat]') && i._status === 'published')).toBe(true)
    const articles = await payload.find({ collection: 'articles', where: generated, limit: 100, depth: 0, overrideAccess: true })
    expect(articles.totalDocs).toBe(25)
    expect(articles.docs.every((a) => a.title.startsWith('[Genererat]'))).toBe(true)
    await generateArchive(payload, 25)
    expect((await payload.count({ collection: 'articles', where: generated, overrideAccess: true })).totalDocs).toBe(25)
    // The common word is common: search finds it in a good share of them.
    expect((await searchPublished(payload, 'plast', 1)).total).toBeGreaterThan(3)
  })
})
