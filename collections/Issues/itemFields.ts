import type { Field } from 'payload'

type Row = { kind?: string | null; article?: unknown; event?: unknown }

/** One item of an issue: an article or an event (two plain relations keep them easy to query). */
export const itemFields = ({ optional }: { optional: boolean }): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'kind',
        type: 'select',
        required: !optional,
        defaultValue: optional ? undefined : 'article',
        label: { sv: 'Typ', en: 'Kind' },
        options: [
          { value: 'article', label: { sv: 'Artikel', en: 'Article' } },
          { value: 'event', label: { sv: 'Evenemang', en: 'Event' } },
        ],
      },
      {
        name: 'article',
        type: 'relationship',
        relationTo: 'articles',
        label: { sv: 'Artikel', en: 'Article' },
        admin: { condition: (_, row: Row) => row?.kind === 'article' },
        validate: (value: unknown, { siblingData }: { siblingData: Row }) =>
          siblingData?.kind !== 'article' || value ? true : 'Välj en artikel.',
      },
      {
        name: 'event',
        type: 'relationship',
        relationTo: 'events',
        label: { sv: 'Evenemang', en: 'Event' },
        admin: { condition: (_, row: Row) => row?.kind === 'event' },
        validate: (value: unknown, { siblingData }: { siblingData: Row }) =>
          siblingData?.kind !== 'event' || value ? true : 'Välj ett evenemang.',
      },
    ],
  },
]
