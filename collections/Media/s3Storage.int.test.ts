import { readdir } from 'node:fs/promises'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'
import type * as Content from '@/testing/content'
import type * as Http from '@/testing/http'
import { startTestS3, type TestS3 } from '@/testing/s3Server'

/**
 * Media on an S3-compatible server (s3rver from npm, a process of its own), as several instances
 * run it: the app's config is loaded only after S3_* point at that server, so this file's Payload
 * stores in the bucket while the rest of the run stores on disk.
 */
describe('images on S3-compatible storage', () => {
  let s3: TestS3
  let payload: Payload
  let http: typeof Http
  let content: typeof Content
  let unique: () => string
  let editorToken: string
  const made: number[] = []

  const jpeg = (background: string) => sharp({ create: { width: 1600, height: 900, channels: 3, background } }).jpeg().toBuffer()
  async function upload(background = '#3f7f8c'): Promise<Media> {
    const data = await jpeg(background)
    const doc = await payload.create({
      collection: 'media',
      data: { alt: `Bild i hinken ${unique()}`, credit: 'Testfotograf' },
      file: { data, name: `hink-${unique()}.jpg`, mimetype: 'image/jpeg', size: data.length },
      overrideAccess: true,
    })
    made.push(doc.id)
    return doc
  }
  const filesOf = (doc: Media) => [doc.filename, doc.sizes?.card?.filename, doc.sizes?.wide?.filename, doc.sizes?.email?.filename].map(String).sort()
  const localFiles = async () => (await readdir(process.env.MEDIA_DIR ?? '').catch(() => [])).length

  beforeAll(async () => {
    s3 = await startTestS3()
    Object.assign(process.env, s3.env)
    http = await import('@/testing/http')
    content = await import('@/testing/content')
    const helpers = await import('@/testing/payload')
    unique = helpers.unique
    payload = await helpers.testPayload()
    editorToken = await helpers.tokenFor(payload, await helpers.createStaff(payload, 'editor'))
  })

  afterAll(async () => {
    await s3?.start()
    for (const id of made) await payload.delete({ collection: 'media', id, overrideAccess: true }).catch(() => undefined)
    await payload?.db.destroy?.()
    await s3?.dispose()
  })

  it('has the very columns the migrations made: a site moves its images to a bucket without a migration', async () => {
    // Drizzle's table as the config built it: its columns are the own properties that are columns.
    const table = (payload.db as unknown as { tables: Record<string, Record<string, unknown>> }).tables.media ?? {}
    const columns = Object.values(table).filter((value): value is { name: string } => typeof value === 'object' && value !== null && 'columnType' in value)
    const expected = columns.map((column) => column.name).sort()
    const { rows } = await (payload.db as unknown as { pool: { query: (sql: string) => Promise<{ rows: { column_name: string }[] }> } }).pool.query(
      "select column_name from information_schema.columns where table_schema = 'public' and table_name = 'media'",
    )
    expect(expected).toContain('prefix')
    expect(rows.map((row) => row.column_name).sort()).toEqual(expected)
  })

  it('stores the upload and its three sizes in the bucket, and nothing on the server’s disk', async () => {
    const onDisk = await localFiles()
    const doc = await upload()
    expect(doc.sizes?.card?.width).toBe(768)
    expect(doc.sizes?.email?.mimeType).toBe('image/jpeg')
    for (const name of filesOf(doc)) expect(await s3.keys()).toContain(name)
    expect(await localFiles()).toBe(onDisk)
    // Served by the app (its read rule), not linked to the bucket.
    expect(doc.url).toBe(`/api/media/file/${doc.filename}`)
  })

  it('serves the bucket’s bytes through /api/media/file, and only once a published article shows the image', async () => {
    const doc = await upload('#8c3f3f')
    const article = await content.makeArticle(payload, 'draft', { image: doc.id })
    try {
      // A reader is refused as on local disk: the read rule runs before the storage is asked.
      expect((await http.mediaFile(String(doc.filename))).status).toBe(403)
      const staff = await http.mediaFile(String(doc.filename), editorToken)
      expect(staff.status).toBe(200)
      expect(staff.headers.get('content-type')).toBe('image/jpeg')
      expect(staff.bytes.equals(await s3.read(String(doc.filename)))).toBe(true)

      await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' }, overrideAccess: true })
      const card = await http.mediaFile(String(doc.sizes?.card?.filename))
      expect(card.status).toBe(200)
      expect(card.headers.get('content-type')).toBe('image/webp')
      expect((await sharp(card.bytes).metadata()).width).toBe(768)
    } finally {
      await payload.delete({ collection: 'articles', id: article.id, overrideAccess: true })
    }
  })

  it('removes the old files when an image is replaced, and every file when it is deleted', async () => {
    const doc = await upload('#3f8c4a')
    const replacement = await jpeg('#222222')
    const replaced = await payload.update({
      collection: 'media',
      id: doc.id,
      data: {},
      file: { data: replacement, name: `ny-${unique()}.jpg`, mimetype: 'image/jpeg', size: replacement.length },
      overrideAccess: true,
    })
    const keys = await s3.keys()
    for (const name of filesOf(doc)) expect(keys).not.toContain(name)
    for (const name of filesOf(replaced)) expect(keys).toContain(name)

    await payload.delete({ collection: 'media', id: doc.id, overrideAccess: true })
    const after = await s3.keys()
    for (const name of filesOf(replaced)) expect(after).not.toContain(name)
  })

  it('answers a file missing from the bucket with a Swedish 404', async () => {
    const missing = await http.mediaFile(`finns-inte-${unique()}.jpg`, editorToken)
    expect(missing.status).toBe(404)
    expect(JSON.parse(missing.bytes.toString()).errors[0].message).toBe('Bilden finns inte.')
  })

  it('while the storage is away: a Swedish 503 and nothing half saved; back, it works again', async () => {
    const kept = await upload('#5a5a8c')
    const doomed = await upload('#5a8c8c')
    const rows = async () => (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs
    const before = await rows()
    await s3.stop()
    try {
      const refused = await upload('#000000').catch((error: unknown) => error)
      expect(refused).toMatchObject({ status: 503, message: expect.stringMatching(/Bildlagringen är inte tillgänglig/) })
      expect(await rows()).toBe(before)

      const served = await http.mediaFile(String(kept.filename), editorToken)
      expect(served.status).toBe(503)
      expect(served.headers.get('retry-after')).toBe('15')
      expect(JSON.parse(served.bytes.toString()).errors[0].message).toMatch(/Bildlagringen är inte tillgänglig/)

      // A delete still removes the image, as the editor asked; its files stay in the bucket (the
      // plugin logs them), which loses nothing.
      await payload.delete({ collection: 'media', id: doomed.id, overrideAccess: true })
      expect(await rows()).toBe(before - 1)
    } finally {
      await s3.start()
    }
    expect(await s3.keys()).toContain(String(doomed.filename))
    expect((await http.mediaFile(String(kept.filename), editorToken)).status).toBe(200)
    await upload('#8c8c3f')
    expect(await rows()).toBe(before)
  })
})
