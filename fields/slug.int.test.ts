import { ValidationError, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { STOCKHOLM } from '@/lib/dates'
import { makeArticle } from '@/testing/content'
import { testPayload, unique } from '@/testing/payload'

describe('slugs', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  afterAll(async () => {
    await payload.db.destroy?.()
  })

  it('are made from the title with Swedish letters transliterated', async () => {
    const key = unique()
    const article = await makeArticle(payload, 'published', { title: `Åtgärder för större mångfald – Örebro ${key}` })
    expect(article.slug).toBe(`atgarder-for-storre-mangfald-orebro-${key}`)
  })

  it('are made from the date for issues', async () => {
    const issue = await payload.create({
      collection: 'issues',
      data: { title: 'Nytt från RUS 1 april', issueDate: '2029-04-01T10:00:00.000Z', issueDate_tz: STOCKHOLM, intro: 'Inledning', _status: 'published' },
      overrideAccess: true,
    })
    expect(issue.slug).toBe('2029-04-01')
  })

  it('are unique in their collection', async () => {
    const first = await makeArticle(payload, 'published')
    await expect(makeArticle(payload, 'published', { slug: first.slug })).rejects.toThrow(ValidationError)
  })

  it('stay editable', async () => {
    const article = await makeArticle(payload, 'published')
    const renamed = await payload.update({ collection: 'articles', id: article.id, data: { slug: `nytt-namn-${unique()}` }, overrideAccess: true })
    expect(renamed.slug).toMatch(/^nytt-namn-/)
  })

  it.each(['Stora Bokstäver', 'med mellanslag', 'å-ä-ö', 'snedstreck/i-adressen', '-bindestreck-'])(
    'refuse %j with a Swedish message instead of mangling it',
    async (bad) => {
      const error = await makeArticle(payload, 'published', { slug: bad }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ValidationError)
      expect(JSON.stringify((error as ValidationError).data)).toMatch(/Adressen får bara innehålla/)
    },
  )
})
