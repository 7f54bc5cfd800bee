import { readdir } from 'node:fs/promises'

import { APIError, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload, unique } from '@/testing/payload'

const upload = (payload: Payload, name: string, data: Buffer, mimetype: string) =>
  payload.create({
    collection: 'media',
    data: { alt: `Testbild ${unique()}`, credit: 'Testfotograf' },
    file: { data, name, mimetype, size: data.length },
    overrideAccess: true,
  })

describe('image uploads', () => {
  let payload: Payload
  const stored = async () => ({
    rows: (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs,
    files: (await readdir(process.env.MEDIA_DIR ?? '').catch(() => [])).length,
  })

  beforeAll(async () => {
    payload = await testPayload()
  })

  afterAll(async () => {
    await payload.db.destroy?.()
  })

  it('accepts a real JPEG and makes its sizes with sharp', async () => {
    const jpeg = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#3f7f8c' } }).jpeg().toBuffer()
    const doc = await upload(payload, `bild-${unique()}.jpg`, jpeg, 'image/jpeg')
    expect(doc.mimeType).toBe('image/jpeg')
    expect(doc.sizes?.card?.width).toBe(768)
    expect(doc.sizes?.email?.mimeType).toBe('image/jpeg')
  })

  const fakes: [string, () => Promise<Buffer>, string, RegExp][] = [
    ['a text file named .jpg', async () => Buffer.from('det här är ingen bild\n'.repeat(50)), 'image/jpeg', /inte en bild/],
    [
      'an SVG',
      async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'image/svg+xml',
      /inte en bild/,
    ],
    [
      'an 11 MB file',
      async () => {
        const head = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).png().toBuffer()
        return Buffer.concat([head, Buffer.alloc(11 * 1024 * 1024)])
      },
      'image/png',
      /för stor/,
    ],
  ]

  it.each(fakes)('refuses %s with a clear Swedish message and stores nothing', async (_, make, mimetype, message) => {
    const before = await stored()
    const error = await upload(payload, `fejk-${unique()}.jpg`, await make(), mimetype).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(APIError)
    expect((error as APIError).message).toMatch(message)
    expect(await stored()).toEqual(before)
  })
})
