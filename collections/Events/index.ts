import type { CollectionConfig } from 'payload'

import { previewFor } from '@/fields/livePreview'
import { routes } from '@/lib/routes'
import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { richTextField } from '@/fields/richText'
import { slugField } from '@/fields/slug'
import { draftsWithHistory } from '@/fields/versioning'

import { eventPracticalFields } from './practicalFields'
import { eventScheduleFields } from './scheduleFields'
import { preventDeletingEventInUse } from './hooks/preventDeletingEventInUse'
import { revalidateEvent } from './hooks/revalidateEvent'

export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: { sv: 'Evenemang', en: 'Event' }, plural: { sv: 'Evenemang', en: 'Events' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'approximateDate', '_status'],
    group: { sv: 'Innehåll', en: 'Content' },
    ...previewFor(routes.event),
  },
  access: { read: publishedOrStaff, readVersions: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  versions: draftsWithHistory({ autosave: false }),
  hooks: {
    beforeDelete: [preventDeletingEventInUse],
    afterChange: [revalidateEvent.afterChange],
    afterDelete: [revalidateEvent.afterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { sv: 'Namn', en: 'Name' } },
    {
      name: 'newsletterHeading',
      type: 'text',
      label: { sv: 'Rubrik i nyhetsbrevet', en: 'Heading in the newsletter' },
      admin: {
        description: {
          sv: 'Om nyhetsbrevet ska ha en längre rubrik än namnet, till exempel "Välkomna till …".',
          en: 'When the newsletter uses a longer heading than the name.',
        },
      },
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      label: { sv: 'Kort beskrivning', en: 'Summary' },
      admin: { description: { sv: 'Visas i puffar, kalenderfiler och när evenemanget delas.', en: 'Used in teasers and calendars.' } },
    },
    richTextField({ name: 'description', label: { sv: 'Beskrivning', en: 'Description' } }),
    ...eventScheduleFields,
    ...eventPracticalFields,
    slugField({ from: 'title', fromLabel: 'namnet' }),
  ],
}
