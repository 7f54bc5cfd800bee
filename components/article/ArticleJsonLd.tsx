import { JsonLd, publisherOf } from '@/components/ui/JsonLd'
import type { ArticleView, SettingsView } from '@/content/types'
import { absoluteUrl, routes } from '@/lib/routes'

export function ArticleJsonLd({ article, settings }: { article: ArticleView; settings: SettingsView }) {
  const url = absoluteUrl(settings.siteUrl, routes.article(article.slug))
  const photo = article.image?.wide ?? article.image
  // Every article has an image for search engines: its photo, else its share card.
  const image = absoluteUrl(settings.siteUrl, photo ? photo.src : routes.shareImage('article', article.slug))
  const publisher = publisherOf(settings)
  return (
    <JsonLd
      data={{
        '@type': 'NewsArticle',
        headline: article.title,
        description: article.lead,
        url,
        mainEntityOfPage: url,
        inLanguage: 'sv-SE',
        datePublished: article.issues.at(-1)?.issueDate,
        dateModified: article.updatedAt,
        image: [image],
        author: publisher,
        publisher,
        isPartOf: article.issues.map((i) => ({ '@type': 'PublicationIssue', name: i.title, url: absoluteUrl(settings.siteUrl, routes.issue(i.slug)) })),
      }}
    />
  )
}
