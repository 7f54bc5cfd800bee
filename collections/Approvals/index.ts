import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { APPROVAL_STATUSES } from '@/editorial/model'

import { collectionLabels } from '../shared/collectionLabels'

const nobody = () => false

/**
 * The second pair of eyes: an editor's request that an issue be approved, and the publisher's
 * decision with its note. Made and decided only by the endpoints (editorial/approval/),
 * never edited or deleted through the API; staff read them, the log (audit/) keeps each step too.
 */
export const Approvals: CollectionConfig = {
  slug: 'approvals',
  labels: collectionLabels({ sv: 'Godkännande', en: 'Approval' }, { sv: 'Godkännanden', en: 'Approvals' }),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'requestedBy', 'requestedAt', 'decidedBy'],
    group: { sv: 'Innehåll', en: 'Content' },
    description: {
      sv: 'Begäran om godkännande av nummer och ansvarig utgivares beslut. Begärs och beslutas i numrets Skicka-ruta.',
      en: 'Requests to approve issues and the decisions.',
    },
  },
  defaultSort: '-requestedAt',
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  fields: [
    // Not required: an unsent issue may be deleted; its requests stay, with its title.
    { name: 'issue', type: 'relationship', relationTo: 'issues', index: true, label: { sv: 'Nummer', en: 'Issue' } },
    { name: 'title', type: 'text', label: { sv: 'Nummer', en: 'Issue' }, admin: { hidden: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'requested',
      index: true,
      options: APPROVAL_STATUSES.map(({ value, label }) => ({ value, label: { sv: label, en: value } })),
      label: { sv: 'Läge', en: 'Status' },
    },
    { name: 'note', type: 'textarea', label: { sv: 'Redaktörens anteckning', en: 'Note' } },
    { name: 'requestedBy', type: 'text', required: true, label: { sv: 'Begärt av', en: 'Requested by' } },
    { name: 'requestedById', type: 'number', admin: { hidden: true } },
    { name: 'requestedAt', type: 'date', required: true, label: { sv: 'Begärt', en: 'Requested' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    // The issue as it was asked about: a later change shows as "ändrat sedan".
    { name: 'issueUpdatedAt', type: 'date', admin: { hidden: true } },
    { name: 'decidedBy', type: 'text', label: { sv: 'Beslutat av', en: 'Decided by' } },
    { name: 'decidedAt', type: 'date', label: { sv: 'Beslutat', en: 'Decided' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'decisionNote', type: 'textarea', label: { sv: 'Utgivarens anteckning', en: 'Decision note' } },
  ],
}
