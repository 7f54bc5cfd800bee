import type { CollectionConfig } from 'payload'

import { accessibilityCheckField } from '@/fields/accessibilityCheck'
import { MemberListBlock } from '@/fields/blocks/MemberList'
import { ReusableTextBlock } from '@/fields/blocks/ReusableText'
import { TipsBlock } from '@/fields/blocks/Tips'
import { richTextField } from '@/fields/richText'
import { readMoreLinksField } from '@/fields/readMoreLinks'
import { slugField } from '@/fields/slug'

import { collectionLabels } from '../shared/collectionLabels'
import { preventDeletingInUse } from '../shared/preventDeletingInUse'
import { publishable } from '../shared/publishable'

// Issue pages, the home page and the archive carry the "articles" tag through their queries.
const { preview, ...content } = publishable({
  slug: 'articles',
  autosave: true,
  beforeDelete: preventDeletingInUse(
    [['issues', ['sections.items.article', 'highlights.article']]],
    (users) => `Artikeln kan inte tas bort eftersom den ingår i ${users}. Ta först bort den ur nyhetsbrevet.`,
  ),
})

export const Articles: CollectionConfig = {
  ...content,
  labels: collectionLabels({ sv: 'Artikel', en: 'Article' }, { sv: 'Artiklar', en: 'Articles' }),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    group: { sv: 'Innehåll', en: 'Content' },
    ...preview,
    components: { edit: { PublishButton: '@/admin/PublishWithCheck#PublishWithCheck' } },
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { sv: 'Rubrik', en: 'Title' } },
    {
      name: 'lead',
      type: 'textarea',
      required: true,
      label: { sv: 'Ingress', en: 'Lead' },
      admin: {
        description: {
          sv: 'Första stycket. Visas i puffar och när artikeln delas.',
          en: 'The first paragraph. Used in teasers and when the article is shared.',
        },
      },
    },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      label: { sv: 'Bild', en: 'Image' },
      admin: { description: { sv: 'Fotografen anges på bilden och visas som "Foto: …".', en: 'The credit is set on the image.' } },
    },
    richTextField({ name: 'body', label: { sv: 'Brödtext', en: 'Body' }, blocks: [TipsBlock, MemberListBlock, ReusableTextBlock] }),
    readMoreLinksField(),
    {
      name: 'referenceGroup',
      type: 'relationship',
      relationTo: 'reference-groups',
      label: { sv: 'Referensgrupp', en: 'Reference group' },
      admin: {
        position: 'sidebar',
        description: {
          sv: 'Artikeln visar gruppens aktuella medlemmar och, så länge den är öppen, inbjudan att delta.',
          en: "The article shows the group's current members and, while open, its call to join.",
        },
      },
    },
    slugField({ from: 'title' }),
    accessibilityCheckField,
    {
      name: 'appearsIn',
      type: 'join',
      collection: 'issues',
      on: 'sections.items.article',
      label: { sv: 'Ingår i nyhetsbrev', en: 'Appears in issues' },
      admin: { allowCreate: false, defaultColumns: ['title', 'issueDate', '_status'] },
    },
  ],
}
