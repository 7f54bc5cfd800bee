import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { MAX_CSV_CHARACTERS } from '@/subscribers/model'

import { collectionLabels } from '../shared/collectionLabels'

import { checkImport, queueImport } from './hooks'

export const IMPORT_STATUSES = [
  { value: 'checked', label: 'Provkörd' },
  { value: 'queued', label: 'Väntar på att importeras' },
  { value: 'running', label: 'Importeras' },
  { value: 'done', label: 'Klar' },
  { value: 'failed', label: 'Misslyckades' },
] as const

/**
 * A CSV import into a list. Saving it is the dry run: the file is read and every line's fate
 * shown (hooks.ts); "Importera" queues the import as a job, which works through the file in
 * batches while the admin shows its progress, then forgets the file (the addresses are in the
 * address book by then; the report stays).
 */
export const SubscriberImports: CollectionConfig = {
  slug: 'subscriber-imports',
  labels: collectionLabels({ sv: 'Import', en: 'Import' }, { sv: 'Importer', en: 'Imports' }),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'list', 'status', 'createdAt'],
    group: { sv: 'Mottagare', en: 'Recipients' },
    description: {
      sv: 'Lägg in adresser från en CSV-fil på en lista. När du sparar görs en provkörning som visar vad som skulle hända, rad för rad; sedan importerar du.',
      en: 'Put addresses from a CSV file on a list: saving shows what would happen, line by line; then import.',
    },
  },
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { beforeChange: [checkImport], afterChange: [queueImport] },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { sv: 'Benämning', en: 'Title' },
      admin: { description: { sv: 'Till exempel filens namn. Fylls i av sig själv.', en: 'For example the file name.' } },
    },
    { name: 'list', type: 'relationship', relationTo: 'mailing-lists', required: true, label: { sv: 'Till listan', en: 'Into list' } },
    {
      name: 'csv',
      type: 'textarea',
      maxLength: MAX_CSV_CHARACTERS,
      label: { sv: 'Adresser (CSV)', en: 'Addresses (CSV)' },
      admin: {
        components: { Field: '@/admin/CsvInput#CsvInput' },
        condition: (data) => data?.status === undefined || data.status === 'checked',
      },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'checked',
      options: IMPORT_STATUSES.map(({ value, label }) => ({ value, label: { sv: label, en: value } })),
      label: { sv: 'Status', en: 'Status' },
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'report', type: 'json', admin: { hidden: true } },
    { name: 'result', type: 'json', admin: { hidden: true } },
    { name: 'processed', type: 'number', defaultValue: 0, admin: { hidden: true } },
    { name: 'startedBy', type: 'text', label: { sv: 'Startad av', en: 'Started by' }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'error', type: 'text', admin: { hidden: true } },
    { name: 'panel', type: 'ui', admin: { components: { Field: '@/admin/ImportPanel#ImportPanel' } } },
  ],
}
