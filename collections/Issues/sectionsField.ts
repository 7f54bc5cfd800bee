import type { ArrayField } from 'payload'

import { itemFields } from './itemFields'

/** "AKTUELLT", "UTBILDNING, KONFERENS OCH MÖTE" …: headed sections of ordered items. */
export const sectionsField: ArrayField = {
  name: 'sections',
  type: 'array',
  label: { sv: 'Avdelningar', en: 'Sections' },
  labels: { singular: { sv: 'Avdelning', en: 'Section' }, plural: { sv: 'Avdelningar', en: 'Sections' } },
  admin: { initCollapsed: false },
  fields: [
    { name: 'heading', type: 'text', required: true, label: { sv: 'Rubrik', en: 'Heading' } },
    {
      name: 'items',
      type: 'array',
      label: { sv: 'Innehåll', en: 'Items' },
      labels: { singular: { sv: 'Artikel eller evenemang', en: 'Item' }, plural: { sv: 'Artiklar och evenemang', en: 'Items' } },
      fields: [
        ...itemFields({ optional: false }),
        // Moving an item to another section in the form (reordering within one is Payload's own).
        { name: 'moveTo', type: 'ui', admin: { components: { Field: '@/admin/MoveItem#MoveItem' } } },
      ],
    },
  ],
}
