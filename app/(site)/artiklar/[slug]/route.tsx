import { ArticleContent } from '@/components/article/ArticleContent'
import { ArticleJsonLd } from '@/components/article/ArticleJsonLd'
import { getArticle } from '@/content/reads/articles'
import { isPublishedSlug } from '@/content/reads/slugs'
import { routes } from '@/lib/routes'
import { shortDescription } from '@/content/pageMeta'
import { SHARE_IMAGE } from '@/site/shareImages'
import { sitePage } from '@/site/sitePage'

export const dynamic = 'force-dynamic'

// A group's call to join closes by itself on its deadline day: remade every ten minutes.
export const GET = sitePage<{ slug: string }>({
  revalidate: 600,
  exists: ({ payload }, { slug }) => isPublishedSlug(payload, 'articles', slug),
  render: async ({ payload, reader }, { slug }, settings) => {
    const article = await getArticle(payload, reader, slug)
    if (!article) return null
    return {
      meta: {
        title: article.title,
        description: shortDescription(article.lead),
        path: routes.article(article.slug),
        type: 'article',
        publishedTime: article.issues.at(-1)?.issueDate,
        modifiedTime: article.updatedAt,
        image: { path: routes.shareImage('article', article.slug), ...SHARE_IMAGE, alt: `Artikeln ${article.title} ur ${settings.newsletterName}` },
      },
      body: (
        <>
          <ArticleJsonLd article={article} settings={settings} />
          <ArticleContent article={article} settings={settings} />
        </>
      ),
      scripts: [routes.copyLinkScript()],
    }
  },
})
