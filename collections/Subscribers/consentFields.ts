import type { Field } from 'payload'

import type { CONSENT_EVENTS } from '@/subscribers/model'

const nobody = () => false

/**
 * The consent record: appended to by collections/Subscribers/hooks/keepConsentRecord.ts, never
 * written from outside (field access), shown read-only to staff.
 */
export const consentFields = (events: typeof CONSENT_EVENTS): Field => ({
  name: 'consent',
  type: 'array',
  label: { sv: 'Samtycke och historik', en: 'Consent record' },
  labels: { singular: { sv: 'Händelse', en: 'Event' }, plural: { sv: 'Händelser', en: 'Events' } },
  access: { create: nobody, update: nobody },
  admin: {
    readOnly: true,
    initCollapsed: true,
    description: { sv: 'Hur och när adressen lades till, och varje ändring sedan. Kan inte ändras.', en: 'How and when the address was added, and every change since.' },
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'at', type: 'date', required: true, label: { sv: 'Tid', en: 'Time' }, admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } } },
        { name: 'event', type: 'select', required: true, options: events.map(({ value, label }) => ({ value, label: { sv: label, en: value } })), label: { sv: 'Händelse', en: 'Event' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'lists', type: 'text', label: { sv: 'Listor', en: 'Lists' } },
        { name: 'by', type: 'text', label: { sv: 'Av', en: 'By' } },
      ],
    },
    { name: 'note', type: 'textarea', label: { sv: 'Anteckning', en: 'Note' } },
  ],
})
