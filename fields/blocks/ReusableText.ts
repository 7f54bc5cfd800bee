import type { Block } from 'payload'

/**
 * A reusable text ("Återkommande text") placed in an article by reference: the text as it is
 * published now shows wherever it is placed, until an issue is sent (its record keeps what it was).
 */
export const ReusableTextBlock: Block = {
  slug: 'reusableText',
  interfaceName: 'ReusableTextBlock',
  labels: { singular: { sv: 'Återkommande text', en: 'Reusable text' }, plural: { sv: 'Återkommande texter', en: 'Reusable texts' } },
  fields: [
    {
      name: 'text',
      type: 'relationship',
      relationTo: 'reusable-texts',
      required: true,
      label: { sv: 'Text', en: 'Text' },
      admin: { description: { sv: 'Ändras texten syns ändringen överallt där den står, utom i nummer som redan har skickats.', en: 'A change shows everywhere not yet sent.' } },
    },
  ],
}
