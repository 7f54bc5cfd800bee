import type { Block } from 'payload'

import { shortRichTextField } from '@/fields/richText'
import { TIPS_DEFAULT_HEADING } from '@/content/richText/blocks'

/** The newsletter's framed "TIPS!" box inside an article. */
export const TipsBlock: Block = {
  slug: 'tips',
  interfaceName: 'TipsBlock',
  labels: { singular: { sv: 'Tips-ruta', en: 'Tip box' }, plural: { sv: 'Tips-rutor', en: 'Tip boxes' } },
  fields: [
    { name: 'heading', type: 'text', defaultValue: TIPS_DEFAULT_HEADING, required: true, label: { sv: 'Rubrik', en: 'Heading' } },
    shortRichTextField({ name: 'content', required: true, label: { sv: 'Text', en: 'Text' } }),
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      label: { sv: 'Evenemang som tipset gäller (valfritt)', en: 'Event the tip is about (optional)' },
    },
  ],
}
