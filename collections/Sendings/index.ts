import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { SENDING_STATUSES } from '@/sending/model'

import { collectionLabels } from '../shared/collectionLabels'

import { sendingRecordEndpoints } from './endpoints'

const nobody = () => false

/**
 * One send of an issue (or a test send): what went out, to which lists, when, by whom, and how it
 * is going. Made only by the "Skicka" tools (collections/Issues/sendingEndpoints.ts),
 * moved on only by the job that sends it (jobs/runSending.ts); the record is kept, never edited
 * or deleted through the API. The e-mail is rendered once, when the send is queued, and kept
 * here: every recipient gets these bytes with only their own unsubscribe link put in.
 */
export const Sendings: CollectionConfig = {
  slug: 'sendings',
  labels: collectionLabels({ sv: 'Utskick', en: 'Sending' }, { sv: 'Utskick', en: 'Sendings' }),
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'kind', 'status', 'createdAt'],
    group: { sv: 'Mottagare', en: 'Recipients' },
    description: { sv: 'Varje utskick av ett nummer, med mottagare och resultat. Skickas från numret.', en: 'Every send of an issue.' },
  },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  endpoints: sendingRecordEndpoints,
  fields: [
    { name: 'issue', type: 'relationship', relationTo: 'issues', required: true, index: true, label: { sv: 'Nummer', en: 'Issue' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { value: 'newsletter', label: { sv: 'Utskick', en: 'Newsletter' } },
        { value: 'test', label: { sv: 'Provutskick', en: 'Test' } },
      ],
      label: { sv: 'Slag', en: 'Kind' },
    },
    { name: 'lists', type: 'relationship', relationTo: 'mailing-lists', hasMany: true, label: { sv: 'Listor', en: 'Lists' } },
    { name: 'testAddresses', type: 'text', hasMany: true, label: { sv: 'Provadresser', en: 'Test addresses' } },
    { name: 'testReason', type: 'text', label: { sv: 'Skäl för provutskick utanför organisationen', en: 'Reason for a test outside the organisation' } },
    { name: 'status', type: 'select', required: true, defaultValue: 'queued', options: SENDING_STATUSES.map(({ value, label }) => ({ value, label: { sv: label, en: value } })) },
    { name: 'scheduledAt', type: 'date', label: { sv: 'Skickas', en: 'Scheduled for' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'recipients', type: 'number', label: { sv: 'Mottagare', en: 'Recipients' } },
    { name: 'subject', type: 'text', required: true, label: { sv: 'Ämnesrad', en: 'Subject' } },
    { name: 'html', type: 'textarea', required: true, admin: { hidden: true } },
    { name: 'text', type: 'textarea', required: true, admin: { hidden: true } },
    { name: 'placeholder', type: 'text', required: true, admin: { hidden: true } },
    { name: 'createdBy', type: 'text', label: { sv: 'Skickat av', en: 'Sent by' } },
    { name: 'startedAt', type: 'date' },
    { name: 'finishedAt', type: 'date' },
    { name: 'heartbeatAt', type: 'date', admin: { hidden: true } },
    { name: 'pausedUntil', type: 'date', admin: { hidden: true } },
    { name: 'pauses', type: 'number', defaultValue: 0, admin: { hidden: true } },
    { name: 'lastError', type: 'text', label: { sv: 'Senaste fel', en: 'Last error' } },
    { name: 'testResults', type: 'json', admin: { hidden: true } },
    {
      name: 'returns',
      type: 'join',
      collection: 'returns',
      on: 'sending',
      label: { sv: 'Returer', en: 'Returns' },
      admin: { allowCreate: false, defaultColumns: ['receivedAt', 'kind', 'address', 'status', 'outcome'] },
    },
  ],
}
