import type { CollectionConfig } from 'payload'

import { richTextField } from '@/fields/richText'
import { slugField } from '@/fields/slug'

import { collectionLabels } from '../shared/collectionLabels'
import { preventDeletingInUse } from '../shared/preventDeletingInUse'
import { publishable } from '../shared/publishable'

import { eventPracticalFields } from './practicalFields'
import { eventScheduleFields } from './scheduleFields'

const { preview, ...content } = publishable({
  slug: 'events',
  autosave: false,
  beforeDelete: preventDeletingInUse(
    [
      ['issues', ['sections.items.event', 'highlights.event']],
      ['reference-groups', ['nextMeeting']],
    ],
    (users) => `Evenemanget kan inte tas bort eftersom det används i ${users}. Ta först bort det därifrån.`,
  ),
})

export const Events: CollectionConfig = {
  ...content,
  labels: collectionLabels({ sv: 'Evenemang', en: 'Event' }, { sv: 'Evenemang', en: 'Events' }),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'approximateDate', '_status'],
    group: { sv: 'Innehåll', en: 'Content' },
    ...preview,
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
