import type { CollectionConfig } from 'payload'

import { previewFor } from '@/fields/livePreview'
import { routes } from '@/lib/routes'
import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { slugField } from '@/fields/slug'
import { draftsWithHistory } from '@/fields/versioning'

import { callToJoinField } from './callToJoinField'
import { membershipsField } from './membershipsField'
import { preventDeletingGroupInUse } from './hooks/preventDeletingGroupInUse'
import { revalidateGroup } from './hooks/revalidateGroup'

export const ReferenceGroups: CollectionConfig = {
  slug: 'reference-groups',
  labels: { singular: { sv: 'Referensgrupp', en: 'Reference group' }, plural: { sv: 'Referensgrupper', en: 'Reference groups' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', '_status', 'updatedAt'],
    group: { sv: 'Referensgrupper', en: 'Reference groups' },
    ...previewFor(routes.referenceGroup),
  },
  access: { read: publishedOrStaff, readVersions: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  versions: draftsWithHistory({ autosave: false }),
  hooks: {
    beforeDelete: [preventDeletingGroupInUse],
    afterChange: [revalidateGroup.afterChange],
    afterDelete: [revalidateGroup.afterDelete],
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
