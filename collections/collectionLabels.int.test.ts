import { initI18n } from '@payloadcms/translations'
import { createClientConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { testPayload } from '@/testing/payload'

/**
 * The admin's names of the collections, as the admin's components get them: one string in the
 * editor's language. An object of languages reached the drawer's "+" untranslated, so its
 * accessible name was "Lägg till ny [object Object]".
 */
describe("the collections' names in the admin", () => {
  it('are strings in Swedish, and the drawer button names what it makes', async () => {
    const payload = await testPayload()
    const i18n = await initI18n({ config: payload.config.i18n, language: 'sv', context: 'client' })
    const client = createClientConfig({ config: payload.config, i18n, importMap: {}, user: true })
    for (const collection of client.collections) {
      expect(typeof collection.labels.singular, collection.slug).toBe('string')
      expect(typeof collection.labels.plural, collection.slug).toBe('string')
    }
    const articles = client.collections.find((collection) => collection.slug === 'articles')
    // What Payload's DocumentDrawerToggler makes its aria-label of.
    expect(i18n.t('fields:addNewLabel', { label: articles?.labels.singular })).toBe('Lägg till ny Artikel')
    const english = await initI18n({ config: payload.config.i18n, language: 'en', context: 'client' })
    expect(createClientConfig({ config: payload.config, i18n: english, importMap: {}, user: true }).collections.find((c) => c.slug === 'articles')?.labels.singular).toBe('Article')
    await payload.db.destroy?.()
  })
})
