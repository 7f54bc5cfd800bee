import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { RETURN_KINDS, RETURN_SOURCES } from '@/returns/model'

import { collectionLabels } from '../shared/collectionLabels'

const nobody = () => false

/**
 * One message that came back (a bounce, a complaint, an unsubscribe by mail, an auto-reply, or
 * something nobody could read), with its evidence and what the product did about it. Made only by
 * the job that reads the returns (returns/), never edited: staff read it, nobody writes it through
 * the API. `key` is the report's own id, so a report read twice is kept and acted on once.
 */
export const Returns: CollectionConfig = {
  slug: 'returns',
  labels: collectionLabels({ sv: 'Retur', en: 'Return' }, { sv: 'Returer', en: 'Returns' }),
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['receivedAt', 'kind', 'address', 'status', 'outcome'],
    group: { sv: 'Mottagare', en: 'Recipients' },
    components: { beforeList: ['@/returns/ReaderStatus#ReaderStatus'] },
    description: {
      sv: 'E-post som kommit tillbaka: studsar, klagomål, avregistreringar via e-post och autosvar, med underlaget och vad som gjordes.',
      en: 'Mail that came back, with its evidence and what was done.',
    },
  },
  defaultSort: '-receivedAt',
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['subscriber', 'kind', 'receivedAt'] }],
  fields: [
    { name: 'summary', type: 'text', admin: { hidden: true } },
    { name: 'key', type: 'text', required: true, unique: true, index: true, admin: { hidden: true } },
    { name: 'kind', type: 'select', required: true, options: RETURN_KINDS.map(({ value, label }) => ({ value, label: { sv: label, en: value } })), label: { sv: 'Slag', en: 'Kind' } },
    { name: 'receivedAt', type: 'date', required: true, index: true, label: { sv: 'Läst', en: 'Read' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'source', type: 'select', required: true, options: RETURN_SOURCES.map(({ value, label }) => ({ value, label: { sv: label, en: value } })), label: { sv: 'Källa', en: 'Source' } },
    { name: 'sending', type: 'relationship', relationTo: 'sendings', index: true, label: { sv: 'Utskick', en: 'Sending' } },
    { name: 'delivery', type: 'relationship', relationTo: 'deliveries', label: { sv: 'Leverans', en: 'Delivery' }, admin: { hidden: true } },
    { name: 'subscriber', type: 'relationship', relationTo: 'subscribers', label: { sv: 'Prenumerant', en: 'Subscriber' } },
    // The address as the report names it; emptied with the evidence if the subscriber is deleted.
    { name: 'address', type: 'text', label: { sv: 'Adress', en: 'Address' } },
    { name: 'status', type: 'text', label: { sv: 'Statuskod', en: 'Status code' } },
    { name: 'diagnostic', type: 'textarea', label: { sv: 'Serverns svar', en: 'Diagnostic' } },
    { name: 'reportingMta', type: 'text', label: { sv: 'Rapporterande server', en: 'Reporting server' } },
    { name: 'reportId', type: 'text', label: { sv: 'Rapportens Message-ID', en: 'Report Message-ID' } },
    { name: 'reportDate', type: 'date', label: { sv: 'Rapportens datum', en: 'Report date' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'feedbackType', type: 'text', label: { sv: 'Klagomålstyp', en: 'Feedback type' } },
    { name: 'why', type: 'text', label: { sv: 'Tolkning', en: 'Reading' } },
    { name: 'outcome', type: 'text', label: { sv: 'Åtgärd', en: 'Outcome' } },
    { name: 'evidence', type: 'textarea', label: { sv: 'Underlag', en: 'Evidence' }, admin: { rows: 24 } },
  ],
}
