import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PUBLIC_API_CAPS } from '@/lib/http/publicApiCaps'
import type { Article, Issue } from '@/payload-types'
import { makeArticle, makeGroup, makeIssue } from '@/testing/content'
import { graphql, restGet } from '@/testing/http'
import { createStaff, testPayload, tokenFor, unique } from '@/testing/payload'

/** What a caller who is not staff may ask of the API in one request, over REST and GraphQL. */
describe('the API within its caps for anyone but staff', () => {
  let payload: Payload
  let token: string
  const tag = unique()
  const articles: Article[] = []
  let issue: Issue
  let group: { id: number; name: string }

  beforeAll(async () => {
    payload = await testPayload()
    token = await tokenFor(payload, await createStaff(payload, 'editor'))
    group = await makeGroup(payload, 'published')
    for (let i = 0; i < PUBLIC_API_CAPS.limit + 5; i++) articles.push(await makeArticle(payload, 'published', { title: `Tak ${tag} ${i}`, referenceGroup: group.id }))
    issue = await makeIssue(payload, 'published', [articles[0]!.id])
  })

  afterAll(async () => {
    await payload.delete({ collection: 'issues', id: issue.id, overrideAccess: true })
    await payload.delete({ collection: 'articles', where: { title: { like: `Tak ${tag}` } }, overrideAccess: true })
    await payload.delete({ collection: 'reference-groups', id: group.id, overrideAccess: true })
    await payload.db.destroy?.()
  })

  const mine = `where[title][like]=${encodeURIComponent(`Tak ${tag}`)}`

  it(`gives an anonymous REST list at most ${PUBLIC_API_CAPS.limit} documents, however it asks for all`, async () => {
    for (const ask of ['limit=1000000', 'limit=0', 'pagination=false', 'limit=-1']) {
      const { status, body } = await restGet(`/api/articles?${mine}&${ask}`)
      expect(status, ask).toBe(200)
      expect(body.docs, ask).toHaveLength(PUBLIC_API_CAPS.limit)
    }
    // Without a limit, Payload's own page of ten.
    expect((await restGet(`/api/articles?${mine}`)).body.docs).toHaveLength(10)
    // Staff are not capped.
    expect((await restGet(`/api/articles?${mine}&limit=1000`, token)).body.docs).toHaveLength(PUBLIC_API_CAPS.limit + 5)
  })

  it(`fills in related documents ${PUBLIC_API_CAPS.depth} level deep for an anonymous REST read, however deep it asks`, async () => {
    const deep = await restGet(`/api/issues/${issue.id}?depth=10`)
    const article = deep.body.sections[0].items[0].article
    expect(article.title).toBe(articles[0]!.title)
    // Two levels down: the article's reference group is an id, not a document.
    expect(article.referenceGroup).toBe(group.id)
    const staff = await restGet(`/api/issues/${issue.id}?depth=10`, token)
    expect(staff.body.sections[0].items[0].article.referenceGroup).toMatchObject({ id: group.id, name: group.name })
  })

  it('refuses an anonymous GraphQL query whose lists multiply past the cost cap, before any work, and takes a modest one', async () => {
    const heavy = await graphql('{ Articles(limit: 1000000) { docs { title appearsIn { docs { title } } } } }')
    expect(heavy.body.errors[0].message).toMatch(/^Frågan är för stor \(beräknad kostnad \d+, högst 2000\)/)
    expect(heavy.body.data ?? null).toBeNull()
    const modest = await graphql(`{ Articles(limit: 5, where: { title: { like: "Tak ${tag}" } }) { docs { title appearsIn(limit: 5) { docs { title } } } } }`)
    expect(modest.body.errors).toBeUndefined()
    expect(modest.body.data.Articles.docs).toHaveLength(5)
    // A list asked for in full through GraphQL is capped like REST's.
    const all = await graphql(`{ Articles(limit: 0, where: { title: { like: "Tak ${tag}" } }) { docs { title } } }`)
    expect(all.body.data.Articles.docs).toHaveLength(PUBLIC_API_CAPS.limit)
    // Staff are held only by Payload's own limit.
    const asStaff = await graphql('{ Articles(limit: 1000) { docs { title appearsIn { docs { title } } } } }', token)
    expect(asStaff.body.errors).toBeUndefined()
  })
})
