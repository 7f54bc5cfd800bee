import { ValidationError, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { block, paragraph, richText } from '@/content/richText/build'
import { makeArticle } from '@/testing/content'
import { testPayload } from '@/testing/payload'

const rootOf = (...children: unknown[]) => ({ root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children } })

describe('rich text on save', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  afterAll(async () => {
    await payload.db.destroy?.()
  })

  const saveBody = (body: unknown) => makeArticle(payload, 'published', { body })

  it('refuses an upload node, which the editor does not offer, whatever its URL', async () => {
    const upload = { type: 'upload', version: 3, format: '', relationTo: 'media', value: { id: 1, url: 'javascript:alert(1)' }, fields: null }
    const error = await saveBody(rootOf(upload)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect(JSON.stringify((error as ValidationError).data)).toMatch(/typen \\"upload\\"/)
  })

  it('refuses headings of other levels, inline styles and unknown blocks', async () => {
    await expect(saveBody(rootOf({ type: 'heading', tag: 'h1', children: [], version: 1 }))).rejects.toThrow(ValidationError)
    await expect(saveBody(rootOf(paragraph({ type: 'text', text: 'x', format: 0, style: 'color:red', version: 1 })))).rejects.toThrow(ValidationError)
    await expect(saveBody(richText(block('video', {})))).rejects.toThrow(ValidationError)
  })

  it('refuses a javascript: link inside a TIPS box', async () => {
    const tips = block('tips', { heading: 'TIPS!', content: rootOf(paragraph({ type: 'link', version: 3, fields: { url: 'javascript:alert(1)', linkType: 'custom' }, children: [] })) })
    await expect(saveBody(richText(tips))).rejects.toThrow(ValidationError)
  })

  it('saves what the editor makes', async () => {
    const saved = await saveBody(richText(paragraph('Vanlig text'), block('tips', { heading: 'TIPS!', content: richText(paragraph('Ett tips')) })))
    expect(saved.id).toBeGreaterThan(0)
  })
})
