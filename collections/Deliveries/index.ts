import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { DELIVERY_STATUSES } from '@/sending/model'

import { collectionLabels } from '../shared/collectionLabels'

const nobody = () => false

/**
 * One recipient of one send: fixed when the send is queued, claimed in batches by the job that
 * sends (sending/deliveries.ts: two runners never take the same row), and marked sent or
 * failed with the server's answer. An issue reaches an address once: (issue, subscriber) is
 * unique, so a second send of the issue to other lists reaches only those not yet sent to.
 * Staff read it; nobody writes it through the API.
 */
export const Deliveries: CollectionConfig = {
  slug: 'deliveries',
  labels: collectionLabels({ sv: 'Leverans', en: 'Delivery' }, { sv: 'Leveranser', en: 'Deliveries' }),
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'sentAt', 'error'],
    group: { sv: 'Mottagare', en: 'Recipients' },
    hidden: true,
  },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  indexes: [
    { fields: ['issue', 'subscriber'], unique: true },
    { fields: ['sending', 'status'] },
  ],
  fields: [
    { name: 'sending', type: 'relationship', relationTo: 'sendings', required: true },
    { name: 'issue', type: 'relationship', relationTo: 'issues', required: true },
    { name: 'subscriber', type: 'relationship', relationTo: 'subscribers' },
    // The address as it was when the send was queued; emptied if the subscriber is deleted.
    { name: 'email', type: 'text' },
    { name: 'status', type: 'select', required: true, defaultValue: 'queued', options: DELIVERY_STATUSES.map(({ value, label }) => ({ value, label: { sv: label, en: value } })) },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'nextAttemptAt', type: 'date' },
    { name: 'claimedUntil', type: 'date' },
    { name: 'sentAt', type: 'date' },
    { name: 'messageId', type: 'text' },
    { name: 'error', type: 'text' },
  ],
}
