import type { CollectionConfig } from 'payload'

import { slugField } from '@/fields/slug'

import { collectionLabels } from '../shared/collectionLabels'
import { preventDeletingInUse } from '../shared/preventDeletingInUse'
import { publishable } from '../shared/publishable'

import { callToJoinField } from './callToJoinField'
import { membershipsField } from './membershipsField'

const { preview, ...content } = publishable({
  slug: 'reference-groups',
  autosave: false,
  beforeDelete: preventDeletingInUse(
    [
      ['articles', ['referenceGroup']],
      ['events', ['referenceGroup']],
    ],
    (users) => `Referensgruppen kan inte tas bort eftersom den används i ${users}. Ta först bort kopplingen där.`,
  ),
})

export const ReferenceGroups: CollectionConfig = {
  ...content,
  labels: collectionLabels({ sv: 'Referensgrupp', en: 'Reference group' }, { sv: 'Referensgrupper', en: 'Reference groups' }),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', '_status', 'updatedAt'],
    group: { sv: 'Referensgrupper', en: 'Reference groups' },
    ...preview,
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { sv: 'Namn', en: 'Name' } },
    {
      name: 'purpose',
      type: 'textarea',
      required: true,
      label: { sv: 'Syfte', en: 'Purpose' },
      admin: { description: { sv: 'Vad gruppen gör och varför, i ett par meningar.', en: 'What the group does, in a few sentences.' } },
    },
    membershipsField,
    {
      name: 'nextMeeting',
      type: 'relationship',
      relationTo: 'events',
      label: { sv: 'Nästa möte', en: 'Next meeting' },
    },
    callToJoinField,
    {
      name: 'notes',
      type: 'group',
      label: { sv: 'Minnesanteckningar', en: 'Meeting notes' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'location', type: 'text', label: { sv: 'Var de finns', en: 'Where they are kept' }, defaultValue: 'RUS samarbetsyta' },
            { name: 'url', type: 'text', label: { sv: 'Länk (valfri)', en: 'Link (optional)' } },
          ],
        },
      ],
    },
    slugField({ from: 'name', fromLabel: 'namnet' }),
  ],
}
