import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeArticle } from '@/testing/content'
import { testPayload } from '@/testing/payload'

import { isPublicChange } from './isPublicChange'

describe('isPublicChange', () => {
  let payload: Payload
  let req: PayloadRequest

  beforeAll(async () => {
    payload = await testPayload()
    req = await createLocalReq({}, payload)
  })

  afterAll(async () => {
    await payload.db.destroy?.()
  })

  const system = { overrideAccess: true } as const

  it('publishing is public; saving a draft on top of a published article is not; unpublishing is', async () => {
    const published = await makeArticle(payload, 'published')
    expect(await isPublicChange('articles', published, undefined, req)).toBe(true)

    const draftSave = await payload.update({ collection: 'articles', id: published.id, data: { title: 'Utkast' }, draft: true, ...system })
    expect(draftSave._status).toBe('draft')
    expect(await isPublicChange('articles', draftSave, published, req)).toBe(false)

    const unpublished = await payload.update({ collection: 'articles', id: published.id, data: { _status: 'draft' }, ...system })
    expect(await isPublicChange('articles', unpublished, published, req)).toBe(true)
  })

  it('a draft that was never published changes nothing public', async () => {
    const draft = await makeArticle(payload, 'draft')
    expect(await isPublicChange('articles', draft, undefined, req)).toBe(false)
  })
})
