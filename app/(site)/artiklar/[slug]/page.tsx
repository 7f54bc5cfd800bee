import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleContent } from '@/components/article/ArticleContent'
import { ArticleJsonLd } from '@/components/article/ArticleJsonLd'
import { getArticle, listArticleSlugs } from '@/lib/queries/articles'
import { currentReader, PUBLIC_READER } from '@/lib/queries/payload'
import { routes } from '@/lib/routes'
import { pageMetadata, shortDescription } from '@/lib/seo/pageMetadata'

// A group's call to join closes by itself on its deadline day.
export const revalidate = 600 // seconds; a literal, as Next requires

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await listArticleSlugs(PUBLIC_READER)).map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle(await currentReader(), (await params).slug)
  if (!article) return { title: 'Sidan finns inte' }
  return pageMetadata({
    title: article.title,
    description: shortDescription(article.lead),
    path: routes.article(article.slug),
    type: 'article',
    publishedTime: article.issues.at(-1)?.issueDate,
    modifiedTime: article.updatedAt,
    shareImage: true,
  })
}

export default async function ArticlePage({ params }: Props) {
  const article = await getArticle(await currentReader(), (await params).slug)
  if (!article) notFound()
  return (
    <>
      <ArticleJsonLd article={article} />
      <ArticleContent article={article} />
    </>
  )
}
