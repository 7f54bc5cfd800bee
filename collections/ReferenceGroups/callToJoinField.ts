import type { GroupField } from 'payload'

import { stockholmDateField } from '@/fields/stockholmDate'
import { validateEmailField } from '@/lib/mail/address'

/** "Vill du också delta …? Svar önskas till: … senast 30 april" — closes by itself after the deadline. */
export const callToJoinField: GroupField = {
  name: 'callToJoin',
  type: 'group',
  label: { sv: 'Inbjudan att delta', en: 'Call to join' },
  fields: [
    { name: 'text', type: 'textarea', label: { sv: 'Text', en: 'Text' } },
    {
      type: 'row',
      fields: [
        { name: 'replyTo', type: 'relationship', relationTo: 'members', label: { sv: 'Svar till (person)', en: 'Reply to (person)' } },
        {
          name: 'contactEmail',
          type: 'email', validate: validateEmailField,
          label: { sv: 'E-post för svar (visas publikt)', en: 'Reply e-mail (public)' },
        },
      ],
    },
    stockholmDateField({
      name: 'deadline',
      label: { sv: 'Svar senast', en: 'Reply by' },
      admin: { description: { sv: 'Inbjudan visas inte längre efter denna dag.', en: 'The call is hidden after this day.' } },
    }),
  ],
}
