import { NotFound, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'
import { makeArticle } from '@/testing/content'
import { graphql, mediaFile, restGet } from '@/testing/http'
import { createStaff, testPayload, tokenFor, unique } from '@/testing/payload'

async function uploadImage(payload: Payload): Promise<Media> {
  const data = await sharp({ create: { width: 800, height: 450, channels: 3, background: '#3f7f8c' } }).jpeg().toBuffer()
  return payload.create({
    collection: 'media',
    data: { alt: `Bild till ett utkast ${unique()}`, credit: 'Hemlig fotograf' },
    file: { data, name: `utkast-${unique()}.jpg`, mimetype: 'image/jpeg', size: data.length },
    overrideAccess: true,
  })
}

const fileStatus = async (filename: string, token?: string): Promise<number> => (await mediaFile(filename, token)).status

describe('images of drafts', () => {
  let payload: Payload
  let image: Media
  let editorToken: string
  let article: { id: number }

  beforeAll(async () => {
    payload = await testPayload()
    editorToken = await tokenFor(payload, await createStaff(payload, 'editor'))
    image = await uploadImage(payload)
    article = await makeArticle(payload, 'draft', { image: image.id })
  })

  afterAll(async () => {
    await payload.db.destroy?.()
  })

  it('are hidden from readers through REST, GraphQL, the Local API and the file itself', async () => {
    expect((await restGet(`/api/media/${image.id}`)).status).toBe(404)
    expect((await restGet('/api/media?limit=0')).body.docs.map((m: Media) => m.id)).not.toContain(image.id)
    const gql = await graphql('{ allMedia(limit: 0) { docs { id alt credit filename } } }')
    expect(JSON.stringify(gql.body)).not.toContain(image.alt)
    await expect(payload.findByID({ collection: 'media', id: image.id, overrideAccess: false })).rejects.toThrow(NotFound)
    expect(await fileStatus(String(image.filename))).toBeGreaterThanOrEqual(403)
    expect(await fileStatus(String(image.sizes?.card?.filename))).toBeGreaterThanOrEqual(403)
  })

  it('are seen by staff', async () => {
    expect((await restGet(`/api/media/${image.id}`, editorToken)).body.alt).toBe(image.alt)
    expect(await fileStatus(String(image.filename), editorToken)).toBe(200)
  })

  it('become public once the article that shows them is published', async () => {
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' }, overrideAccess: true })
    expect((await restGet(`/api/media/${image.id}`)).body.alt).toBe(image.alt)
    expect(await fileStatus(String(image.filename))).toBe(200)
    expect(await fileStatus(String(image.sizes?.card?.filename))).toBe(200)
  })
})
