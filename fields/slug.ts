import type { FieldHook, TextField } from 'payload'

import { slugify, validateSlug } from '@/lib/slugify'

type Options = {
  /** The field the slug is made from when the editor leaves it empty. */
  from: string
  /** Turns the source value into a slug (defaults to slugify). */
  derive?: (source: unknown) => string | undefined
  /** What the editor is told the slug is made from, e.g. "rubriken". */
  fromLabel?: string
}

/**
 * The slug of a public URL: filled in from the title (or another field) when empty, editable,
 * unique in its collection, and refused with a message — never silently mangled — when invalid.
 */
export function slugField({ from, derive = (v) => (typeof v === 'string' ? slugify(v) : undefined), fromLabel = 'rubriken' }: Options): TextField {
  const fillFromSource: FieldHook = ({ value, siblingData, originalDoc }) => {
    if (typeof value === 'string' && value.length > 0) return value
    const source = siblingData?.[from] ?? originalDoc?.[from]
    return derive(source) || value
  }
  return {
    name: 'slug',
    type: 'text',
    label: { sv: 'Adress (slug)', en: 'Slug' },
    // Not `required`: the hook fills it in, and validateSlug refuses it empty with a message.
    unique: true,
    index: true,
    validate: (value: unknown) => validateSlug(value),
    hooks: { beforeValidate: [fillFromSource] },
    admin: {
      position: 'sidebar',
      description: {
        sv: `Sidans adress på webbplatsen. Fylls i från ${fromLabel} om du lämnar den tom.`,
        en: 'The page address on the site. Filled in from the title when left empty.',
      },
    },
  }
}
