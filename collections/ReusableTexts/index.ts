import type { CollectionConfig } from 'payload'

import { shortRichTextField } from '@/fields/richText'

import { collectionLabels } from '../shared/collectionLabels'
import { preventDeletingInUse } from '../shared/preventDeletingInUse'
import { publishableWithoutPage } from '../shared/publishable'

/**
 * Reusable texts ("Återkommande texter"): short texts an editor writes once — "Glöm inte att
 * prenumerera …", the note about who gets the newsletter — and places by reference, last in an
 * issue or as a block in an article. Readers see the published text; a change expires every page
 * that may show one, and a sent issue keeps the text it was sent with (its copy is rendered once).
 */
export const ReusableTexts: CollectionConfig = {
  ...publishableWithoutPage({
    slug: 'reusable-texts',
    autosave: false,
    beforeDelete: preventDeletingInUse([['issues', ['reusableTexts']]], (users) => `Texten används i ${users}. Ta bort den där först.`),
  }),
  labels: collectionLabels({ sv: 'Återkommande text', en: 'Reusable text' }, { sv: 'Återkommande texter', en: 'Reusable texts' }),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', '_status', 'updatedAt'],
    group: { sv: 'Innehåll', en: 'Content' },
    description: {
      sv: 'Korta texter som återkommer i numren och artiklarna. Ändras en text syns ändringen överallt där den står, utom i nummer som redan har skickats.',
      en: 'Short texts that recur; a change shows everywhere not yet sent.',
    },
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      unique: true,
      label: { sv: 'Namn', en: 'Name' },
      admin: { description: { sv: 'Visas inte för läsarna; bara ett namn att välja texten med, till exempel ”Prenumerera-påminnelse”.', en: 'Not shown to readers; a name to choose the text by.' } },
    },
    shortRichTextField({ name: 'body', required: true, label: { sv: 'Text', en: 'Text' } }),
  ],
}
