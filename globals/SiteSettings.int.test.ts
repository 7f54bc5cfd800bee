import { ValidationError, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '@/testing/payload'

describe('site settings', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  afterAll(async () => {
    await payload.db.destroy?.()
  })

  const save = (data: Record<string, unknown>) => payload.updateGlobal({ slug: 'site-settings', data, overrideAccess: true })

  it.each(['not a url', 'javascript:alert(1)', 'data:text/html,<script>', '//evil.example/', 'vbscript:x'])('refuses the link "%s" with a Swedish message', async (url) => {
    for (const field of ['privacyUrl', 'unsubscribeUrl']) {
      const error = await save({ [field]: url }).catch((e: unknown) => e)
      expect(error, field).toBeInstanceOf(ValidationError)
      expect(JSON.stringify((error as ValidationError).data)).toMatch(/börjar med https:\/\//)
    }
  })

  it('takes web addresses and pages of the site', async () => {
    await save({ privacyUrl: '/personuppgifter', unsubscribeUrl: 'https://www.rus.se/avregistrera' })
    const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
    expect([settings.privacyUrl, settings.unsubscribeUrl]).toEqual(['/personuppgifter', 'https://www.rus.se/avregistrera'])
    await save({ privacyUrl: null, unsubscribeUrl: null })
  })

  it.each(['e', 'unsubscribe', '{{}}', '{{ avregistrera }}', 'x'.repeat(60)])('refuses "%s" as the unsubscribe placeholder: it must be a marked word no text has', async (placeholder) => {
    const error = await save({ unsubscribePlaceholder: placeholder }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect(JSON.stringify((error as ValidationError).data)).toMatch(/till exempel \{\{unsubscribe\}\}/)
  })

  it.each(['{{unsubscribe}}', '*|UNSUB|*', '%%avregistrera%%', '[[unsubscribe_url]]', '##UNSUBSCRIBE##'])('takes "%s" as the unsubscribe placeholder', async (placeholder) => {
    await save({ unsubscribePlaceholder: placeholder })
    expect((await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })).unsubscribePlaceholder).toBe(placeholder)
    await save({ unsubscribePlaceholder: '{{unsubscribe}}' })
  })

  it('has no address of the site: the one origin is SITE_URL', async () => {
    expect(Object.keys(await payload.findGlobal({ slug: 'site-settings', overrideAccess: true }))).not.toContain('siteUrl')
  })
})
