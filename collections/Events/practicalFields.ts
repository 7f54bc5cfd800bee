import type { Field } from 'payload'

import { stockholmDateField } from '@/fields/stockholmDate'
import { validateSafeUrl } from '@/fields/safeLink'

const ORGANISER_ROLES = [
  { value: 'host', label: { sv: 'Värd', en: 'Host' } },
  { value: 'organiser', label: { sv: 'Arrangör', en: 'Organiser' } },
  { value: 'partner', label: { sv: 'I samarbete med', en: 'Partner' } },
]

/** Where and how to take part, who arranges it and how to register. */
export const eventPracticalFields: Field[] = [
  {
    name: 'attendance',
    type: 'select',
    required: true,
    defaultValue: 'physical',
    label: { sv: 'Form', en: 'Attendance' },
    options: [
      { value: 'physical', label: { sv: 'På plats', en: 'In person' } },
      { value: 'online', label: { sv: 'Digitalt', en: 'Online' } },
      { value: 'hybrid', label: { sv: 'På plats och digitalt', en: 'Hybrid' } },
    ],
  },
  {
    name: 'place',
    type: 'text',
    label: { sv: 'Plats', en: 'Place' },
    admin: { condition: (_, sibling) => sibling?.attendance !== 'online' },
  },
  {
    type: 'row',
    admin: { condition: (_, sibling) => sibling?.attendance !== 'physical' },
    fields: [
      { name: 'onlineDetails', type: 'text', label: { sv: 'Hur man deltar digitalt', en: 'How to join online' } },
      { name: 'onlineUrl', type: 'text', label: { sv: 'Länk till mötet', en: 'Meeting link' }, validate: validateSafeUrl },
    ],
  },
  {
    name: 'organisers',
    type: 'array',
    label: { sv: 'Arrangörer', en: 'Organisers' },
    labels: { singular: { sv: 'Arrangör', en: 'Organiser' }, plural: { sv: 'Arrangörer', en: 'Organisers' } },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', required: true, label: { sv: 'Namn', en: 'Name' } },
          { name: 'role', type: 'select', required: true, defaultValue: 'organiser', options: ORGANISER_ROLES, label: { sv: 'Roll', en: 'Role' } },
        ],
      },
    ],
  },
  { name: 'theme', type: 'text', label: { sv: 'Tema', en: 'Theme' } },
  {
    name: 'registration',
    type: 'group',
    label: { sv: 'Anmälan', en: 'Registration' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'url', type: 'text', label: { sv: 'Länk till anmälan', en: 'Registration link' }, validate: validateSafeUrl },
          { name: 'label', type: 'text', defaultValue: 'Anmäl dig här', label: { sv: 'Länktext', en: 'Link label' } },
        ],
      },
      stockholmDateField({
        name: 'deadline',
        label: { sv: 'Sista anmälningsdag', en: 'Registration deadline' },
        admin: { description: { sv: 'Efter denna dag visas anmälan som stängd.', en: 'After this day registration shows as closed.' } },
      }),
    ],
  },
  {
    name: 'referenceGroup',
    type: 'relationship',
    relationTo: 'reference-groups',
    label: { sv: 'Referensgruppens möte', en: "Reference group's meeting" },
    admin: { position: 'sidebar', description: { sv: 'Om evenemanget är ett möte i en referensgrupp.', en: 'When the event is a meeting of a group.' } },
  },
]
