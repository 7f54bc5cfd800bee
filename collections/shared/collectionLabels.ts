import type { CollectionConfig } from 'payload'

type Words = { sv: string; en: string }

const inLanguage =
  (words: Words) =>
  ({ i18n }: { i18n: { language: string } }): string =>
    i18n.language === 'en' ? words.en : words.sv

/**
 * A collection's names, as functions of the admin's language: Payload turns a function into the
 * one string the admin's components get. An object of languages reached some of them untranslated
 * — the drawer's "+" was named "Lägg till ny [object Object]" for screen readers
 * (collections/collectionLabels.int.test.ts).
 */
export const collectionLabels = (singular: Words, plural: Words): NonNullable<CollectionConfig['labels']> => ({ singular: inLanguage(singular), plural: inLanguage(plural) })
