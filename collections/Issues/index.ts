import type { CollectionConfig } from 'payload'

import { accessibilityCheckField } from '@/fields/accessibilityCheck'
import { slugField } from '@/fields/slug'
import { stockholmDateField } from '@/fields/stockholmDate'
import { stockholmDay } from '@/lib/dates'
import { routes } from '@/lib/routes'

import { collectionLabels } from '../shared/collectionLabels'
import { publishable } from '../shared/publishable'

import { editorialEndpoints } from './editorialEndpoints'
import { issueFooterField } from './footerField'
import { highlightsField } from './highlightsField'
import { preventDeletingSent } from './preventDeletingSent'
import { sectionsField } from './sectionsField'
import { sendingEndpoints } from './sendingEndpoints'
import { sentCopyEndpoints } from './sentCopyEndpoints'

const { preview, ...content } = publishable({
  slug: 'issues',
  autosave: true,
  beforeDelete: preventDeletingSent,
})

export const Issues: CollectionConfig = {
  ...content,
  labels: collectionLabels({ sv: 'Nyhetsbrev', en: 'Issue' }, { sv: 'Nyhetsbrev', en: 'Issues' }),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'issueDate', '_status', 'updatedAt'],
    group: { sv: 'Innehåll', en: 'Content' },
    ...preview,
    components: { edit: { PublishButton: '@/admin/PublishWithCheck#PublishWithCheck' }, beforeListTable: ['@/admin/NextIssueButton#NextIssueButton'] },
    // Live preview shows the issue as the e-mail it is; "Förhandsgranska" opens the web page.
    livePreview: { url: ({ data }) => (data?.id ? routes.issueEmailPreview(data.id as number) : routes.preview(routes.home())) },
  },
  defaultSort: '-issueDate',
  endpoints: [...sendingEndpoints, ...sentCopyEndpoints, ...editorialEndpoints],
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      label: { sv: 'Rubrik', en: 'Title' },
      admin: { description: { sv: 'Till exempel "Nytt från RUS 31 mars". Blir e-postens ämnesrad.', en: 'Becomes the subject line.' } },
    },
    stockholmDateField({ name: 'issueDate', label: { sv: 'Utgivningsdatum', en: 'Issue date' }, required: true, admin: { position: 'sidebar' } }),
    {
      name: 'preheader',
      type: 'text',
      maxLength: 150,
      label: { sv: 'Förhandstext', en: 'Preheader' },
      admin: { description: { sv: 'Visas efter ämnesraden i inkorgen. Högst 150 tecken.', en: 'Shown after the subject in the inbox.' } },
    },
    { name: 'intro', type: 'textarea', required: true, label: { sv: 'Inledning', en: 'Intro' } },
    highlightsField,
    sectionsField,
    {
      name: 'reusableTexts',
      type: 'relationship',
      relationTo: 'reusable-texts',
      hasMany: true,
      label: { sv: 'Återkommande texter', en: 'Reusable texts' },
      admin: {
        description: {
          sv: 'Visas sist i numret, före sidfoten, i den ordning de står här. Ändras en text syns ändringen tills numret skickas.',
          en: 'Shown last in the issue, before the footer.',
        },
      },
    },
    issueFooterField,
    accessibilityCheckField,
    {
      name: 'emailTools',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/admin/IssueEmailTools#IssueEmailTools' } },
    },
    {
      name: 'checklist',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/admin/ChecklistPanel#ChecklistPanel' } },
    },
    {
      name: 'nextIssue',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/admin/NextIssueButton#NextIssueFromThis' } },
    },
    {
      name: 'sending',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/admin/SendingPanel#SendingPanel' } },
    },
    slugField({
      from: 'issueDate',
      fromLabel: 'utgivningsdatumet',
      derive: (date) => (typeof date === 'string' && date ? stockholmDay(date) : undefined),
    }),
  ],
}
