import type { GroupField } from 'payload'

import { validateEmailField } from '@/lib/mail/address'

/** Per-issue footer text; anything left empty comes from the site settings. */
export const issueFooterField: GroupField = {
  name: 'footer',
  type: 'group',
  label: { sv: 'Sidfot (om den ska avvika från inställningarna)', en: 'Footer overrides' },
  admin: {
    description: {
      sv: 'Lämna tomt för att använda texterna under Inställningar.',
      en: 'Leave empty to use the site settings.',
    },
  },
  fields: [
    { name: 'distributionNote', type: 'textarea', label: { sv: 'Utskicket går till …', en: 'Distribution note' } },
    {
      type: 'row',
      fields: [
        { name: 'contactName', type: 'text', label: { sv: 'Kontaktperson', en: 'Contact person' } },
        { name: 'contactEmail', type: 'email', validate: validateEmailField, label: { sv: 'Kontaktpersonens e-post', en: 'Contact e-mail' } },
      ],
    },
  ],
}
