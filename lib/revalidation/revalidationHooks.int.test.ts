import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { expired } from '@/testing/nextCacheStub'
import { makeArticle, makeEvent, makeGroup } from '@/testing/content'
import { testPayload } from '@/testing/payload'

const system = { overrideAccess: true } as const

/** What the collection hooks asked Next to expire since the last reset. */
const asked = () => ({ tags: [...new Set(expired.tags)].sort(), paths: [...new Set(expired.paths)].sort() })

describe('revalidation of publishable content', () => {
  let payload: Payload
  const runtime = process.env.NEXT_RUNTIME

  beforeAll(async () => {
    payload = await testPayload()
    // The hooks expire pages only inside the Next.js server; here they record what they would.
    process.env.NEXT_RUNTIME = 'nodejs'
  })

  afterAll(async () => {
    process.env.NEXT_RUNTIME = runtime
    await payload.db.destroy?.()
  })

  beforeEach(() => {
    expired.tags.length = 0
    expired.paths.length = 0
  })
  afterEach(() => undefined)

  it('expires the collection tag and the article page on publish, nothing on a draft save, again on unpublish and delete', async () => {
    const article = await makeArticle(payload, 'published')
    expect(asked()).toEqual({ tags: ['collection:articles'], paths: [`/artiklar/${article.slug}`] })

    expired.tags.length = 0
    expired.paths.length = 0
    await payload.update({ collection: 'articles', id: article.id, data: { title: 'Utkast' }, draft: true, ...system })
    expect(asked()).toEqual({ tags: [], paths: [] })

    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' }, ...system })
    expect(asked().tags).toEqual(['collection:articles'])

    expired.tags.length = 0
    await payload.delete({ collection: 'articles', id: article.id, ...system })
    expect(asked().tags).toEqual(['collection:articles'])
  })

  it('expires an event’s page, the events list and its calendar file; a group’s page and the list of groups', async () => {
    const event = await makeEvent(payload, 'published')
    expect(asked()).toEqual({ tags: ['collection:events'], paths: ['/evenemang', `/evenemang/${event.slug}`, `/evenemang/${event.slug}/kalender.ics`].sort() })
    expired.tags.length = 0
    expired.paths.length = 0
    const group = await makeGroup(payload, 'published')
    expect(asked()).toEqual({ tags: ['collection:reference-groups'], paths: ['/referensgrupper', `/referensgrupper/${group.slug}`] })
  })

  it('follows a slug change to the new page and expires the old one', async () => {
    const article = await makeArticle(payload, 'published')
    expired.paths.length = 0
    await payload.update({ collection: 'articles', id: article.id, data: { slug: `${article.slug}-ny` }, ...system })
    expect(asked().paths).toEqual([`/artiklar/${article.slug}`, `/artiklar/${article.slug}-ny`])
  })
})
