import type { Access, CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { roleOf } from '@/access/roles'
import { revalidationHooks } from '@/content/revalidation/revalidationHooks'
import { SUBSCRIBER_ENDPOINTS } from '@/subscribers/api'
import { exportList } from '@/subscribers/exportList'
import { countSubscribed } from '@/subscribers/recipients'

import { collectionLabels } from '../shared/collectionLabels'
import { preventDeletingInUse } from '../shared/preventDeletingInUse'
import { staffEndpoint } from '../shared/staffEndpoint'

/** Staff see every list; a reader only the names and descriptions of those open for sign-up. */
const openListsOrStaff: Access = (args) => (roleOf(args) !== null ? true : { publicSignup: { equals: true } })

// The sign-up page lists the open lists.
const revalidateLists = revalidationHooks('mailing-lists')

export const MailingLists: CollectionConfig = {
  slug: 'mailing-lists',
  labels: collectionLabels({ sv: 'Utskickslista', en: 'Mailing list' }, { sv: 'Utskickslistor', en: 'Mailing lists' }),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'subscribed', 'publicSignup'],
    group: { sv: 'Mottagare', en: 'Recipients' },
    description: {
      sv: 'Listorna som nyhetsbrevet skickas till. Listor som är öppna för anmälan visas på sidan /prenumerera.',
      en: 'The lists the newsletter goes to. Lists open for sign-up are shown on /prenumerera.',
    },
  },
  access: { read: openListsOrStaff, create: isStaff, update: isStaff, delete: isAdmin },
  endpoints: [staffEndpoint({ path: SUBSCRIBER_ENDPOINTS.listExport, method: 'get', handle: ({ req, id }) => exportList(req, id) })],
  hooks: {
    beforeDelete: [
      preventDeletingInUse(
        [['subscribers', ['subscriptions.list']]],
        (users) => `Listan kan inte tas bort eftersom den har prenumeranter (${users}). Ta först bort dem från listan.`,
      ),
    ],
    afterChange: [revalidateLists.afterChange],
    afterDelete: [revalidateLists.afterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: { sv: 'Namn', en: 'Name' } },
    {
      name: 'description',
      type: 'textarea',
      label: { sv: 'Beskrivning', en: 'Description' },
      admin: { description: { sv: 'Visas på anmälningssidan när listan är öppen för anmälan.', en: 'Shown on the sign-up page.' } },
    },
    {
      name: 'publicSignup',
      type: 'checkbox',
      defaultValue: false,
      label: { sv: 'Öppen för anmälan på webbplatsen', en: 'Open for public sign-up' },
    },
    {
      name: 'subscribed',
      type: 'number',
      virtual: true,
      label: { sv: 'Prenumeranter', en: 'Subscribers' },
      admin: { readOnly: true, description: { sv: 'Bekräftade adresser på listan.', en: 'Confirmed addresses on the list.' } },
      hooks: {
        afterRead: [
          async ({ data, req }) => {
            if (roleOf({ req }) === null || typeof data?.id !== 'number') return undefined
            return countSubscribed(req.payload, data.id)
          },
        ],
      },
    },
    {
      name: 'export',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/admin/ListExportLink#ListExportLink' } },
    },
  ],
}
