import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { isStaffField } from '@/access/isStaffField'
import { revalidationHooks } from '@/content/revalidation/revalidationHooks'
import { validateEmailField } from '@/lib/mail/address'

import { collectionLabels } from '../shared/collectionLabels'
import { preventDeletingInUse } from '../shared/preventDeletingInUse'

import { membersInPublishedGroups } from './access/membersInPublishedGroups'

// People have no pages of their own; every page that lists them carries the "members" tag.
const revalidateMember = revalidationHooks('members')

const preventDeletingMemberInGroup = preventDeletingInUse(
  [['reference-groups', ['memberships.member', 'callToJoin.replyTo']]],
  (users) => `Personen kan inte tas bort eftersom hen ingår i ${users}. Ta först bort personen ur gruppen.`,
)

export const Members: CollectionConfig = {
  slug: 'members',
  labels: collectionLabels({ sv: 'Person', en: 'Person' }, { sv: 'Personer', en: 'People' }),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'title', 'county', 'organisation'],
    group: { sv: 'Referensgrupper', en: 'Reference groups' },
    description: {
      sv: 'Namn, titel, organisation och län visas på webbplatsen när personen ingår i en publicerad referensgrupp. E-post och telefon visas aldrig för besökare.',
      en: 'Name, title, organisation and county are public once the person sits in a published group. E-mail and phone never are.',
    },
  },
  access: {
    read: membersInPublishedGroups,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  hooks: {
    beforeDelete: [preventDeletingMemberInGroup],
    afterChange: [revalidateMember.afterChange],
    afterDelete: [revalidateMember.afterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { sv: 'Namn', en: 'Name' } },
    {
      type: 'row',
      fields: [
        {
          name: 'title',
          type: 'text',
          label: { sv: 'Titel eller roll', en: 'Title or role' },
          admin: { description: { sv: 'Till exempel "miljömålssamordnare".', en: 'For example "environmental objectives coordinator".' } },
        },
        {
          name: 'county',
          type: 'text',
          label: { sv: 'Län', en: 'County' },
          admin: { description: { sv: 'Som det skrivs i nyhetsbrevet, till exempel "Halland".', en: 'As the newsletter writes it, e.g. "Halland".' } },
        },
      ],
    },
    {
      name: 'organisation',
      type: 'text',
      label: { sv: 'Organisation', en: 'Organisation' },
      admin: { description: { sv: 'Till exempel "Länsstyrelsen Hallands län" eller "RUS".', en: 'For example "RUS".' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'email', type: 'email', validate: validateEmailField, label: { sv: 'E-post', en: 'E-mail' }, access: { read: isStaffField } },
        { name: 'phone', type: 'text', label: { sv: 'Telefon', en: 'Phone' }, access: { read: isStaffField } },
      ],
    },
  ],
}
