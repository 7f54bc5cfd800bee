import { describe, expect, it } from 'vitest'

import { testPayload } from '@/testing/payload'

import { TOOLBAR_SWEDISH } from './richText'

/** Everything an editor sees is Swedish: the rich-text toolbar's words as the admin gets them. */
describe("the rich-text toolbar's words", () => {
  it('are Swedish in the one set of translations every editor shares', async () => {
    const payload = await testPayload()
    const lexical = (payload.config.i18n.translations.sv as unknown as { lexical: Record<string, Record<string, string>> }).lexical
    expect(lexical.paragraph?.label2).toBe('Brödtext')
    for (const [feature, words] of Object.entries(TOOLBAR_SWEDISH)) expect(lexical[feature], feature).toMatchObject(words)
    // Other languages keep Payload's own.
    expect((payload.config.i18n.translations.en as unknown as { lexical: Record<string, Record<string, string>> }).lexical.paragraph?.label2).not.toBe('Brödtext')
    await payload.db.destroy?.()
  })
})
