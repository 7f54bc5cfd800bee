import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { normaliseEmail, validateEmailField } from '@/lib/mail/address'
import { mailer } from '@/lib/mail/mailer'
import { forgetAddress } from '@/sending/deliveries'
import { forgetReturns } from '@/returns/forget'
import { SUBSCRIBER_ENDPOINTS } from '@/subscribers/api'
import { SUBSCRIPTION_STATUSES, CONSENT_EVENTS } from '@/subscribers/model'
import { liftSuppression } from '@/subscribers/liftSuppression'
import { personalDataOf } from '@/subscribers/personalData'

import { collectionLabels } from '../shared/collectionLabels'
import { staffEndpoint } from '../shared/staffEndpoint'

import { consentFields } from './consentFields'
import { fillFromMember } from './hooks/fillFromMember'
import { keepConsentRecord } from './hooks/keepConsentRecord'
import { uniqueLists } from './uniqueLists'

const nobody = () => false

/**
 * The newsletter's own address book. Only staff read or write it, through every door: a reader
 * has no access rule that matches anything, so REST, GraphQL and the Local API without
 * overrideAccess answer as if it were empty. Only an admin deletes (the whole record of an
 * address) or exports everything about one.
 */
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  labels: collectionLabels({ sv: 'Prenumerant', en: 'Subscriber' }, { sv: 'Prenumeranter', en: 'Subscribers' }),
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'organisation', 'updatedAt'],
    listSearchableFields: ['email', 'name', 'organisation'],
    group: { sv: 'Mottagare', en: 'Recipients' },
    description: {
      sv: 'Adresserna som nyhetsbrevet skickas till, med listor och samtycke. Syns aldrig för besökare.',
      en: 'The addresses the newsletter goes to, with their lists and consent. Never shown to readers.',
    },
    components: { beforeList: ['@/admin/OutboxNotice#OutboxNotice'] },
  },
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isAdmin },
  endpoints: [
    staffEndpoint({ path: SUBSCRIBER_ENDPOINTS.personalData, method: 'get', admins: 'Bara administratörer kan exportera personuppgifter.', handle: ({ req, staff, id }) => personalDataOf(req, staff, id) }),
    staffEndpoint({ path: SUBSCRIBER_ENDPOINTS.liftSuppression, method: 'post', handle: ({ req, staff, id, body }) => liftSuppression(req, staff, id, body) }),
  ],
  hooks: {
    beforeValidate: [fillFromMember],
    beforeChange: [keepConsentRecord],
    // The record of sends keeps its counts, not the address of someone who asked to be forgotten;
    // nor does the outbox keep the mail written to it (without SMTP_URL).
    beforeDelete: [({ req, id }) => forgetAddress(req.payload, req, Number(id)), ({ req, id }) => forgetReturns(req.payload, req, Number(id))],
    afterDelete: [async ({ doc }) => void (await mailer().forget(doc.email))],
  },
  fields: [
    {
      name: 'email',
      type: 'email',
      validate: validateEmailField,
      required: true,
      unique: true,
      index: true,
      label: { sv: 'E-post', en: 'E-mail' },
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? normaliseEmail(value) : value)] },
    },
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', label: { sv: 'Namn', en: 'Name' } },
        { name: 'organisation', type: 'text', label: { sv: 'Organisation', en: 'Organisation' } },
      ],
    },
    {
      name: 'member',
      type: 'relationship',
      relationTo: 'members',
      label: { sv: 'Person i en referensgrupp', en: 'Person in a reference group' },
      admin: {
        description: {
          sv: 'Välj en person för att lägga hens adress på en lista: e-post, namn och organisation hämtas från personen när fälten är tomma.',
          en: 'Pick a person to put their address on a list: e-mail, name and organisation are taken from them when empty.',
        },
      },
    },
    {
      name: 'subscriptions',
      type: 'array',
      label: { sv: 'Listor', en: 'Lists' },
      labels: { singular: { sv: 'Lista', en: 'List' }, plural: { sv: 'Listor', en: 'Lists' } },
      validate: uniqueLists,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'list', type: 'relationship', relationTo: 'mailing-lists', required: true, label: { sv: 'Lista', en: 'List' } },
            {
              name: 'status',
              type: 'select',
              required: true,
              defaultValue: 'subscribed',
              options: SUBSCRIPTION_STATUSES.map(({ value, label }) => ({ value, label: { sv: label, en: value } })),
              label: { sv: 'Status', en: 'Status' },
            },
          ],
        },
      ],
    },
    {
      name: 'bounces',
      type: 'number',
      defaultValue: 0,
      min: 0,
      label: { sv: 'Studsar i rad', en: 'Bounces in a row' },
      admin: { position: 'sidebar', readOnly: true, description: { sv: 'Permanenta leveransfel sedan senaste lyckade utskick.', en: 'Permanent failures since the last delivery.' } },
      access: { create: nobody, update: nobody },
    },
    consentFields(CONSENT_EVENTS),
    {
      name: 'returns',
      type: 'join',
      collection: 'returns',
      on: 'subscriber',
      label: { sv: 'Returer', en: 'Returns' },
      admin: { allowCreate: false, defaultColumns: ['receivedAt', 'kind', 'status', 'outcome'], description: { sv: 'Studsar, klagomål och avregistreringar via e-post för adressen, med underlag.', en: 'Bounces, complaints and unsubscribes by mail.' } },
    },
    {
      // The secret half of the personal unsubscribe link (subscribers/tokens.ts); set once,
      // never shown, never changed from outside.
      name: 'unsubscribeKey',
      type: 'text',
      unique: true,
      index: true,
      admin: { hidden: true },
      access: { read: nobody, create: nobody, update: nobody },
    },
    {
      name: 'liftSuppression',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/admin/LiftSuppression#LiftSuppression' } },
    },
    {
      name: 'personalData',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/admin/PersonalDataTools#PersonalDataTools' } },
    },
  ],
}
