import { BoldFeature, ItalicFeature, lexicalEditor, LinkFeature, ParagraphFeature } from '@payloadcms/richtext-lexical'
import type { Block } from 'payload'

import { LINK_COLLECTIONS, validateRichText } from '@/fields/richText'
import { TIPS_DEFAULT_HEADING } from '@/content/richText/blocks'
import { safeLinkFields } from '@/fields/safeLink'

/** The newsletter's framed "TIPS!" box inside an article. */
export const TipsBlock: Block = {
  slug: 'tips',
  interfaceName: 'TipsBlock',
  labels: { singular: { sv: 'Tips-ruta', en: 'Tip box' }, plural: { sv: 'Tips-rutor', en: 'Tip boxes' } },
  fields: [
    { name: 'heading', type: 'text', defaultValue: TIPS_DEFAULT_HEADING, required: true, label: { sv: 'Rubrik', en: 'Heading' } },
    {
      name: 'content',
      type: 'richText',
      required: true,
      label: { sv: 'Text', en: 'Text' },
      validate: validateRichText({ types: ['link', 'autolink'], linkCollections: LINK_COLLECTIONS }),
      editor: lexicalEditor({
        features: [ParagraphFeature(), BoldFeature(), ItalicFeature(), LinkFeature({ fields: safeLinkFields, enabledCollections: [...LINK_COLLECTIONS] })],
      }),
    },
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      label: { sv: 'Evenemang som tipset gäller (valfritt)', en: 'Event the tip is about (optional)' },
    },
  ],
}
