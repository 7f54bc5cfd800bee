import { NotFound, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { makeArticle, makeEvent, makeGroup, makeIssue, makeMember } from '@/testing/content'
import { graphql, restGet } from '@/testing/http'
import { createStaff, testPayload, tokenFor } from '@/testing/payload'

type Doc = { id: number; slug?: string | null }
type Pair = { published: Doc; draft: Doc }

/** REST path and GraphQL list name of each collection with drafts. */
const DOORS = {
  issues: { rest: 'issues', list: 'Issues' },
  articles: { rest: 'articles', list: 'Articles' },
  events: { rest: 'events', list: 'Events' },
  'reference-groups': { rest: 'reference-groups', list: 'ReferenceGroups' },
} as const
type Collection = keyof typeof DOORS

describe('drafts and personal data never reach an anonymous request', () => {
  let payload: Payload
  let editor: User
  let editorToken: string
  const pairs = {} as Record<Collection, Pair>
  let publicMember: { id: number; name: string }
  let draftOnlyMember: { id: number }

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createStaff(payload, 'editor')
    editorToken = await tokenFor(payload, editor)
    publicMember = await makeMember(payload)
    draftOnlyMember = await makeMember(payload)
    const make = {
      issues: (s: 'draft' | 'published') => makeIssue(payload, s),
      articles: (s: 'draft' | 'published') => makeArticle(payload, s),
      events: (s: 'draft' | 'published') => makeEvent(payload, s),
      'reference-groups': (s: 'draft' | 'published') =>
        makeGroup(payload, s, s === 'published' ? [publicMember.id] : [draftOnlyMember.id]),
    }
    for (const collection of Object.keys(DOORS) as Collection[]) {
      pairs[collection] = { published: await make[collection]('published'), draft: await make[collection]('draft') }
    }
  })

  afterAll(async () => {
    await payload.db.destroy?.()
  })

  describe.each(Object.keys(DOORS) as Collection[])('%s', (collection) => {
    const slugsOf = (docs: Doc[]) => docs.map((d) => String(d.slug)).sort()
    const both = () => [String(pairs[collection].published.slug), String(pairs[collection].draft.slug)]

    it('Local API with overrideAccess: false shows the published document only', async () => {
      const found = await payload.find({ collection, where: { slug: { in: both() } }, overrideAccess: false })
      expect(slugsOf(found.docs)).toEqual([both()[0]])
      const asDraft = await payload.find({ collection, where: { slug: { in: both() } }, draft: true, overrideAccess: false })
      expect(slugsOf(asDraft.docs)).toEqual([both()[0]])
      await expect(
        payload.findByID({ collection, id: pairs[collection].draft.id, overrideAccess: false }),
      ).rejects.toThrow(NotFound)
    })

    it('REST shows the published document only, even when asked for drafts', async () => {
      const query = `where[slug][in]=${both().join(',')}`
      for (const path of [`/api/${DOORS[collection].rest}?${query}`, `/api/${DOORS[collection].rest}?${query}&draft=true`]) {
        const { status, body } = await restGet(path)
        expect(status).toBe(200)
        expect(slugsOf(body.docs)).toEqual([both()[0]])
      }
      expect((await restGet(`/api/${DOORS[collection].rest}/${pairs[collection].draft.id}`)).status).toBe(404)
    })

    it('GraphQL shows the published document only, even when asked for drafts', async () => {
      for (const draftArg of ['', ', draft: true']) {
        const { body } = await graphql(
          `{ ${DOORS[collection].list}(where: { slug: { in: ${JSON.stringify(both())} } }${draftArg}) { docs { slug } } }`,
        )
        expect(slugsOf(body.data[DOORS[collection].list].docs)).toEqual([both()[0]])
      }
    })

    it('an editor sees the draft through every door', async () => {
      const local = await payload.find({ collection, where: { slug: { in: both() } }, draft: true, user: editor, overrideAccess: false })
      expect(slugsOf(local.docs)).toEqual(both().sort())
      const rest = await restGet(`/api/${DOORS[collection].rest}?where[slug][in]=${both().join(',')}&draft=true`, editorToken)
      expect(slugsOf(rest.body.docs)).toEqual(both().sort())
      const gql = await graphql(
        `{ ${DOORS[collection].list}(where: { slug: { in: ${JSON.stringify(both())} } }, draft: true) { docs { slug } } }`,
        editorToken,
      )
      expect(slugsOf(gql.body.data[DOORS[collection].list].docs)).toEqual(both().sort())
    })
  })

  it('a published document with a newer draft shows its published text to readers', async () => {
    const article = await makeArticle(payload, 'published')
    await payload.update({ collection: 'articles', id: article.id, data: { title: 'Hemligt utkast' }, draft: true, overrideAccess: true })
    const rest = await restGet(`/api/articles/${article.id}?draft=true`)
    expect(rest.body.title).toBe(article.title)
    const local = await payload.findByID({ collection: 'articles', id: article.id, draft: true, overrideAccess: false })
    expect(local.title).toBe(article.title)
  })

  describe('members', () => {
    it('anonymous requests see name and title of people in published groups, never e-mail or phone', async () => {
      const local = await payload.findByID({ collection: 'members', id: publicMember.id, overrideAccess: false })
      expect(local.name).toBe(publicMember.name)
      expect(local.email).toBeUndefined()
      expect(local.phone).toBeUndefined()
      const rest = await restGet(`/api/members/${publicMember.id}`)
      expect(rest.body.name).toBe(publicMember.name)
      expect(rest.body).not.toHaveProperty('email')
      expect(rest.body).not.toHaveProperty('phone')
      const gql = await graphql(`{ Member(id: ${publicMember.id}) { name email phone } }`)
      expect(gql.body.data.Member).toEqual({ name: publicMember.name, email: null, phone: null })
      const group = await restGet(`/api/reference-groups/${pairs['reference-groups'].published.id}?depth=1`)
      expect(JSON.stringify(group.body)).not.toMatch(/@lansstyrelsen\.test|010-224/)
    })

    it('anonymous requests do not see people who sit only in a draft group', async () => {
      expect((await restGet(`/api/members/${draftOnlyMember.id}`)).status).toBe(404)
      const list = await restGet(`/api/members?limit=0`)
      expect(list.body.docs.map((m: { id: number }) => m.id)).not.toContain(draftOnlyMember.id)
    })

    it('an editor reads e-mail and phone', async () => {
      const rest = await restGet(`/api/members/${publicMember.id}`, editorToken)
      expect(rest.body.email).toMatch(/@lansstyrelsen\.test$/)
      expect(rest.body.phone).toBe('010-224 30 00')
    })
  })
})
