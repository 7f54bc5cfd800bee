import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeArticle } from '@/testing/content'
import { testPayload } from '@/testing/payload'

import { isPublicChange, rememberMainRow } from './isPublicChange'

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

  /** A save as the collection hooks see it: the main row remembered before, judged after. */
  async function judge(id: number, save: () => Promise<{ id: number; _status?: 'draft' | 'published' | null }>): Promise<boolean> {
    req = await createLocalReq({}, payload)
    await rememberMainRow('articles', id, req)
    return isPublicChange('articles', await save(), req)
  }

  it('publishing is public; saving a draft on top of a published article is not; unpublishing is, after a draft too', async () => {
    const published = await makeArticle(payload, 'published')
    expect(await isPublicChange('articles', published, req)).toBe(true)

    const draftSave = () => payload.update({ collection: 'articles', id: published.id, data: { title: 'Utkast' }, draft: true, ...system })
    expect(await judge(published.id, draftSave)).toBe(false)
    // The second autosave follows a draft, not the published version: still nothing public.
    expect(await judge(published.id, draftSave)).toBe(false)

    const publishChanges = () => payload.update({ collection: 'articles', id: published.id, data: { title: 'Publicerad ändring', _status: 'published' }, ...system })
    expect(await judge(published.id, publishChanges)).toBe(true)

    await payload.update({ collection: 'articles', id: published.id, data: { title: 'Nytt utkast' }, draft: true, ...system })
    const unpublish = () => payload.update({ collection: 'articles', id: published.id, data: { _status: 'draft' }, ...system })
    expect(await judge(published.id, unpublish)).toBe(true)
  })

  it('a draft that was never published changes nothing public', async () => {
    const draft = await makeArticle(payload, 'draft')
    expect(await isPublicChange('articles', draft, req)).toBe(false)
    expect(await judge(draft.id, () => payload.update({ collection: 'articles', id: draft.id, data: { title: 'Ännu ett utkast' }, draft: true, ...system }))).toBe(false)
  })
})
