import { JsonLd } from '@/components/ui/JsonLd'
import type { ArticleView } from '@/lib/content/types'
import { env } from '@/lib/env'
import { absoluteUrl, routes } from '@/lib/routes'

export function ArticleJsonLd({ article }: { article: ArticleView }) {
  const url = absoluteUrl(env.siteUrl, routes.article(article.slug))
  const image = article.image?.wide ?? article.image
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
        image: image ? [absoluteUrl(env.siteUrl, image.src)] : undefined,
        isPartOf: article.issues.map((i) => ({ '@type': 'PublicationIssue', name: i.title, url: absoluteUrl(env.siteUrl, routes.issue(i.slug)) })),
        publisher: { '@type': 'Organization', name: 'RUS – Regional utveckling och samverkan i miljömålssystemet' },
      }}
    />
  )
}
