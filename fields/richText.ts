import {
  BlockquoteFeature,
  BlocksFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  InlineToolbarFeature,
  ItalicFeature,
  lexicalEditor,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
} from '@payloadcms/richtext-lexical'
import type { Block, RichTextField } from 'payload'

import { safeLinkFields } from './safeLink'

type Options = Pick<RichTextField, 'name' | 'label' | 'required' | 'admin'> & { blocks?: Block[] }

/**
 * The newsletter's rich text: paragraphs, subheadings, bold and italic, lists, quotes and links
 * (web and e-mail only) — what the e-mails use, nothing that would not survive an e-mail client.
 */
export function richTextField({ blocks = [], ...rest }: Options): RichTextField {
  return {
    ...rest,
    type: 'richText',
    editor: lexicalEditor({
      features: [
        ParagraphFeature(),
        HeadingFeature({ enabledHeadingSizes: ['h3', 'h4'] }),
        BoldFeature(),
        ItalicFeature(),
        UnorderedListFeature(),
        OrderedListFeature(),
        BlockquoteFeature(),
        LinkFeature({ fields: safeLinkFields, enabledCollections: ['articles', 'events', 'reference-groups'] }),
        ...(blocks.length > 0 ? [BlocksFeature({ blocks })] : []),
        FixedToolbarFeature(),
        InlineToolbarFeature(),
      ],
    }),
  }
}
