import type { Block } from 'payload'

import { MEMBER_LIST_DEFAULT_INTRO } from '@/content/richText/blocks'

/**
 * Marks where in an article the live member list of the article's reference group goes
 * ("Vi som idag ingår i referensgruppen är: …"). The names come from the group, never typed twice.
 */
export const MemberListBlock: Block = {
  slug: 'memberList',
  interfaceName: 'MemberListBlock',
  labels: { singular: { sv: 'Medlemslista', en: 'Member list' }, plural: { sv: 'Medlemslistor', en: 'Member lists' } },
  fields: [
    {
      name: 'intro',
      type: 'text',
      defaultValue: MEMBER_LIST_DEFAULT_INTRO,
      label: { sv: 'Inledande mening', en: 'Lead-in sentence' },
      admin: {
        description: {
          sv: 'Listan hämtas från artikelns referensgrupp och är alltid aktuell.',
          en: "The list comes from the article's reference group and is always current.",
        },
      },
    },
  ],
}
