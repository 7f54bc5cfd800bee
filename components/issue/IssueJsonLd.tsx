import { JsonLd, publisherOf } from '@/components/ui/JsonLd'
import type { IssueView, SettingsView } from '@/content/types'
import { stockholmDay } from '@/lib/dates'
import { absoluteUrl, PAGE_OF, routes } from '@/lib/routes'

/** An issue as schema.org's PublicationIssue of the newsletter, with its items in order. */
export function IssueJsonLd({ issue, settings }: { issue: IssueView; settings: SettingsView }) {
  const url = absoluteUrl(settings.siteUrl, routes.issue(issue.slug))
  return (
    <JsonLd
      data={{
        '@type': 'PublicationIssue',
        name: issue.title,
        url,
        datePublished: stockholmDay(issue.issueDate),
        description: issue.intro,
        inLanguage: 'sv-SE',
        image: [absoluteUrl(settings.siteUrl, routes.shareImage('issue', issue.slug))],
        publisher: publisherOf(settings),
        isPartOf: { '@type': 'Periodical', name: settings.newsletterName, url: absoluteUrl(settings.siteUrl, routes.archive()) },
        hasPart: issue.sections.flatMap((section) =>
          section.items.map((item) => ({
            '@type': item.kind === 'article' ? 'NewsArticle' : 'Event',
            name: item.kind === 'article' ? item.title : item.heading,
            url: absoluteUrl(settings.siteUrl, PAGE_OF[item.kind](item.slug)),
          })),
        ),
      }}
    />
  )
}
