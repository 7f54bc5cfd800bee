import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { IMPORT_STATUSES } from '@/pastIssues/api'

import { collectionLabels } from '../shared/collectionLabels'

import { approveEndpoint, readInEndpoint } from './endpoints'

const nobody = () => false

/**
 * One past issue read in by the importer (pastIssues/): the original as given, what was read
 * from it, what the importer flagged, and the drafts it made. Staff read it; only the importer
 * writes it (pastIssues/readIn.ts, pastIssues/approve.ts), through its two endpoints.
 */
export const IssueImports: CollectionConfig = {
  slug: 'issue-imports',
  labels: collectionLabels({ sv: 'Importerat nummer', en: 'Imported issue' }, { sv: 'Importerade nummer', en: 'Imported issues' }),
  admin: { hidden: true, useAsTitle: 'title' },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  endpoints: [readInEndpoint, approveEndpoint],
  fields: [
    { name: 'title', type: 'text', required: true },
    // ISO: a day, or a month when only the month was found.
    { name: 'issueDate', type: 'text' },
    // The issue's title and day, folded: the same issue read again (from another file too) is found by it.
    { name: 'fingerprint', type: 'text', required: true, unique: true, index: true },
    { name: 'sourceName', type: 'text', required: true },
    { name: 'sourceKind', type: 'select', required: true, options: ['text', 'html', 'email'] },
    { name: 'original', type: 'textarea', required: true },
    { name: 'reading', type: 'json', required: true },
    { name: 'flags', type: 'json', required: true },
    { name: 'issue', type: 'relationship', relationTo: 'issues', required: true },
    // What the import made (published with the issue) and what it found already there (left as it is).
    { name: 'made', type: 'json', required: true },
    { name: 'status', type: 'select', required: true, defaultValue: 'draft', options: IMPORT_STATUSES.map(({ value, label }) => ({ value, label: { sv: label, en: value } })) },
    { name: 'createdBy', type: 'text' },
    { name: 'approvedBy', type: 'text' },
    { name: 'approvedAt', type: 'date' },
  ],
}
