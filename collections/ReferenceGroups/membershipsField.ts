import type { ArrayField } from 'payload'

type Membership = { role?: string | null }

/** The people in a group, in the order the newsletter lists them; at most one convener. */
export const membershipsField: ArrayField = {
  name: 'memberships',
  type: 'array',
  label: { sv: 'Medlemmar', en: 'Members' },
  labels: { singular: { sv: 'Medlem', en: 'Member' }, plural: { sv: 'Medlemmar', en: 'Members' } },
  validate: (rows: unknown) => {
    const conveners = Array.isArray(rows) ? (rows as Membership[]).filter((r) => r?.role === 'convener').length : 0
    return conveners <= 1 ? true : 'En grupp har bara en sammankallande. Ändra rollen för de övriga.'
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'member', type: 'relationship', relationTo: 'members', required: true, label: { sv: 'Person', en: 'Person' } },
        {
          name: 'role',
          type: 'select',
          required: true,
          defaultValue: 'member',
          label: { sv: 'Roll i gruppen', en: 'Role in the group' },
          options: [
            { value: 'member', label: { sv: 'Medlem', en: 'Member' } },
            { value: 'convener', label: { sv: 'Sammankallande', en: 'Convener' } },
          ],
        },
      ],
    },
  ],
}
