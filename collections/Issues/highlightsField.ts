import type { ArrayField } from 'payload'

import { itemFields } from './itemFields'

/** "Detta tar nyhetsbrevet bland annat upp:" — short texts, each optionally pointing at an item. */
export const highlightsField: ArrayField = {
  name: 'highlights',
  type: 'array',
  label: { sv: 'Detta tar nyhetsbrevet bland annat upp', en: 'Highlights' },
  labels: { singular: { sv: 'Punkt', en: 'Highlight' }, plural: { sv: 'Punkter', en: 'Highlights' } },
  fields: [
    { name: 'text', type: 'text', required: true, label: { sv: 'Text', en: 'Text' } },
    ...itemFields({ optional: true }),
  ],
}
