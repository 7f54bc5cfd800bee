import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeArticle, makeEvent, makeGroup } from '@/testing/content'
import { lastExpiry, tagsExpiredSince } from '@/testing/expiryRecord'
import { testPayload } from '@/testing/payload'

const system = { overrideAccess: true } as const

describe('revalidation of publishable content', () => {
  let payload: Payload
  let mark = 0

  beforeAll(async () => {
    payload = await testPayload()
  })

  afterAll(async () => {
    await payload.db.destroy?.()
  })

  /** What the hooks recorded as expired since the last look, durably, for every process. */
  async function recorded(): Promise<string[]> {
    const tags = await tagsExpiredSince(payload, mark)
    mark = await lastExpiry(payload)
    return tags
  }

  it('records the collection tag as expired on publish, nothing on a draft save, again on unpublish and delete', async () => {
    mark = await lastExpiry(payload)
    const article = await makeArticle(payload, 'published')
    expect(await recorded()).toEqual(['collection:articles'])

    await payload.update({ collection: 'articles', id: article.id, data: { title: 'Utkast' }, draft: true, ...system })
    expect(await recorded()).toEqual([])

    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' }, ...system })
    expect(await recorded()).toEqual(['collection:articles'])

    await payload.delete({ collection: 'articles', id: article.id, ...system })
    expect(await recorded()).toEqual(['collection:articles'])
  })

  it('records an event’s and a group’s own collection', async () => {
    mark = await lastExpiry(payload)
    await makeEvent(payload, 'published')
    expect(await recorded()).toEqual(['collection:events'])
    await makeGroup(payload, 'published')
    expect(await recorded()).toEqual(['collection:reference-groups'])
  })

  it('records an expiry made in a transaction when it commits, and nothing when it is rolled back', async () => {
    const article = await makeArticle(payload, 'draft')
    mark = await lastExpiry(payload)
    const publishIn = async (end: (req: PayloadRequest) => Promise<void>) => {
      const req = await createLocalReq({}, payload)
      await initTransaction(req)
      await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' }, req, ...system })
      expect(await recorded()).toEqual([])
      await end(req)
    }
    await publishIn(killTransaction)
    expect(await recorded()).toEqual([])
    await publishIn(commitTransaction)
    expect(await recorded()).toEqual(['collection:articles'])
  })
})
