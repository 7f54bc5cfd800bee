import type { ArrayField } from 'payload'

import { validateSafeUrl } from './safeLink'

/** "Läs mer" links after a text: a label and a web or e-mail address. */
export const readMoreLinksField = (): ArrayField => ({
  name: 'readMore',
  type: 'array',
  label: { sv: 'Läs mer-länkar', en: 'Read more links' },
  labels: { singular: { sv: 'Länk', en: 'Link' }, plural: { sv: 'Länkar', en: 'Links' } },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'label', type: 'text', required: true, label: { sv: 'Länktext', en: 'Label' } },
        { name: 'url', type: 'text', required: true, label: { sv: 'Adress', en: 'URL' }, validate: validateSafeUrl },
      ],
    },
  ],
})
