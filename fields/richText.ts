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
import { richText as lexicalValidation } from 'payload/shared'

import { richTextProblem, type AllowedNodes } from '@/content/richText/allowedNodes'

import { safeLinkFields } from './safeLink'

type Options = Pick<RichTextField, 'name' | 'label' | 'required' | 'admin'> & { blocks?: Block[] }

/** What the editor below offers, for the check on save. */
const HEADINGS = ['h3', 'h4'] as const
export const LINK_COLLECTIONS = ['articles', 'events', 'reference-groups'] as const

/**
 * Refuses, on save, whatever the editor does not offer (content/richText/allowedNodes.ts), then runs
 * Lexical's own validation of the nodes it has.
 */
export const validateRichText =
  (allowed: AllowedNodes): RichTextField['validate'] =>
  (value, options) =>
    richTextProblem(value, allowed) ?? lexicalValidation(value, options)

/**
 * The newsletter's rich text: paragraphs, subheadings, bold and italic, lists, quotes and links
 * (web and e-mail only) — what the e-mails use, nothing that would not survive an e-mail client.
 */
export function richTextField({ blocks = [], ...rest }: Options): RichTextField {
  const allowed: AllowedNodes = {
    types: ['heading', 'list', 'listitem', 'quote', 'link', 'autolink', ...(blocks.length > 0 ? ['block'] : [])],
    headingTags: HEADINGS,
    blocks: blocks.map((block) => block.slug),
    linkCollections: LINK_COLLECTIONS,
  }
  return {
    ...rest,
    type: 'richText',
    validate: validateRichText(allowed),
    editor: lexicalEditor({
      features: [
        ParagraphFeature(),
        HeadingFeature({ enabledHeadingSizes: [...HEADINGS] }),
        BoldFeature(),
        ItalicFeature(),
        UnorderedListFeature(),
        OrderedListFeature(),
        BlockquoteFeature(),
        LinkFeature({ fields: safeLinkFields, enabledCollections: [...LINK_COLLECTIONS] }),
        ...(blocks.length > 0 ? [BlocksFeature({ blocks })] : []),
        FixedToolbarFeature(),
        InlineToolbarFeature(),
      ],
    }),
  }
}

/**
 * A short rich text: paragraphs, bold, italic and links — what a TIPS box or a reusable text
 * holds, with no blocks (so nothing inside it can hold another box or text).
 */
export function shortRichTextField({ name, label, required }: Pick<RichTextField, 'name' | 'label' | 'required'>): RichTextField {
  return {
    name,
    type: 'richText',
    required,
    label,
    validate: validateRichText({ types: ['link', 'autolink'], linkCollections: LINK_COLLECTIONS }),
    editor: lexicalEditor({
      features: [ParagraphFeature(), BoldFeature(), ItalicFeature(), LinkFeature({ fields: safeLinkFields, enabledCollections: [...LINK_COLLECTIONS] })],
    }),
  }
}
