import type { CollectionConfig } from 'payload'

import { isStaffField } from '@/access/isStaffField'
import { ofPublishedIssueOrStaff } from '@/access/ofPublishedIssueOrStaff'
import { COPY_KINDS } from '@/newsletter/model'

import { collectionLabels } from '../shared/collectionLabels'

const nobody = () => false

/**
 * The record of what was sent: the exact, non-personal e-mail of an issue as it went out —
 * frozen when it is sent from here or marked as sent through another tool — and one more copy
 * for each public correction. Made only by newsletter/copies.ts, which also marks the copies
 * public when the issue has gone out; never changed or deleted through any door. The issue's web version serves the newest, and each stays at its own URL.
 */
export const IssueSnapshots: CollectionConfig = {
  slug: 'issue-snapshots',
  labels: collectionLabels({ sv: 'Skickad version', en: 'Sent copy' }, { sv: 'Skickade versioner', en: 'Sent copies' }),
  admin: { hidden: true, useAsTitle: 'subject' },
  access: { read: ofPublishedIssueOrStaff, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['issue', 'version'], unique: true }],
  fields: [
    { name: 'issue', type: 'relationship', relationTo: 'issues', required: true, index: true },
    { name: 'version', type: 'number', required: true, admin: { description: '1 = så som numret först skickades, sedan en per rättelse.' } },
    { name: 'kind', type: 'select', required: true, options: COPY_KINDS.map(({ value, label }) => ({ value, label: { sv: label, en: value } })) },
    { name: 'sentAt', type: 'date', admin: { description: 'När numret gick ut (det första meddelandet togs emot, eller dagen det markerades), eller när rättelsen gjordes.' } },
    // Readers see the record only once the issue has gone out: an accepted message, or "Markera som skickat".
    { name: 'public', type: 'checkbox', defaultValue: false, admin: { description: 'Syns för läsarna: numret har gått ut.' } },
    { name: 'renderedAsOf', type: 'date', required: true, admin: { description: 'Dagen som avgjorde om anmälningar och uppmaningar var öppna.' } },
    { name: 'note', type: 'textarea', admin: { description: 'Rättelsens anteckning, som läsarna ser.' } },
    // Who sent it and to which lists is the staff's record; readers see the copy, not the people.
    { name: 'sentTo', type: 'text', access: { read: isStaffField }, admin: { description: 'Listorna, eller vad redaktören angav för ett utskick i ett annat verktyg.' } },
    { name: 'createdBy', type: 'text', access: { read: isStaffField } },
    { name: 'subject', type: 'text', required: true },
    { name: 'webHtml', type: 'textarea', required: true },
    { name: 'webText', type: 'textarea', required: true },
    { name: 'emailHtml', type: 'textarea', required: true },
    { name: 'emailText', type: 'textarea', required: true },
    // What stands for each recipient's unsubscribe link in emailHtml/emailText, as it was when frozen.
    { name: 'placeholder', type: 'text', access: { read: isStaffField } },
  ],
}
