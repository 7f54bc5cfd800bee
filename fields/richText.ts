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
  type FeatureProviderServer,
} from '@payloadcms/richtext-lexical'
import type { Block, RichTextField } from 'payload'
import { richText as lexicalValidation } from 'payload/shared'

import { richTextProblem, type AllowedNodes } from '@/content/richText/allowedNodes'

import { safeLinkFields } from './safeLink'

/**
 * Payload's Swedish, where it reads as English ("Normal text") or as a calque ("Blockcitat",
 * "Ordnad lista"): the words an editor sees in the toolbar's menus, by feature.
 */
export const TOOLBAR_SWEDISH: Record<string, Record<string, string>> = {
  paragraph: { label: 'Stycke', label2: 'Brödtext' },
  blockquote: { label: 'Citat' },
  orderedList: { label: 'Numrerad lista' },
  unorderedList: { label: 'Punktlista' },
}

// Any feature's props pass through untouched; only its Swedish words change.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFeature = FeatureProviderServer<any, any, any>
type ServerFeatureOf = Exclude<AnyFeature['feature'], (...args: never[]) => unknown>

/** The feature with its Swedish words from TOOLBAR_SWEDISH, every other language as Payload has it. */
export function inSwedish(provider: AnyFeature): AnyFeature {
  const words = TOOLBAR_SWEDISH[provider.key]
  if (!words) return provider
  const patch = (feature: ServerFeatureOf): ServerFeatureOf => ({ ...feature, i18n: { ...feature.i18n, sv: { ...feature.i18n?.sv, ...words } } })
  const { feature } = provider
  return { ...provider, feature: typeof feature === 'function' ? async (args) => patch(await feature(args)) : patch(feature) }
}

/**
 * Every editor's features go through inSwedish: Payload merges each editor's words into the one
 * set of translations, so a single editor left with the defaults would bring "Normal text" back.
 */
export const editorFeatures = (features: AnyFeature[]): AnyFeature[] => features.map(inSwedish)

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
      features: editorFeatures([
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
      ]),
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
      features: editorFeatures([ParagraphFeature(), BoldFeature(), ItalicFeature(), LinkFeature({ fields: safeLinkFields, enabledCollections: [...LINK_COLLECTIONS] })]),
    }),
  }
}
