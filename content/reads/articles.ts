import type { Payload } from 'payload'
import { ARTICLE_TAGS, cacheTags } from '@/lib/cacheTags'
import { toArticleView, toIssueRef } from '@/content/toViews'
import type { ArticleView } from '@/content/types'
import { SLUG_PATTERN } from '@/lib/slugify'

import { cachedForPublic } from './cached'
import type { Reader } from './reader'

async function findArticle(payload: Payload, reader: Reader, slug: string): Promise<ArticleView | null> {
  if (!SLUG_PATTERN.test(slug)) return null
  const { docs } = await payload.find({
    collection: 'articles',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 3,
    draft: reader.draft,
    user: reader.user,
    overrideAccess: false,
  })
  const article = docs[0]
  if (!article) return null
  // The issues that carry it are derived from the issues themselves, never typed twice.
  const issues = await payload.find({
    collection: 'issues',
    where: { 'sections.items.article': { equals: article.id } },
    sort: '-issueDate',
    pagination: false,
    depth: 0,
    select: { slug: true, title: true, issueDate: true },
    draft: reader.draft,
    user: reader.user,
    overrideAccess: false,
  })
  return toArticleView(article, issues.docs.map(toIssueRef))
}

export const getArticle = cachedForPublic('article', ARTICLE_TAGS, findArticle)

export const listArticleSlugs = cachedForPublic('article-slugs', [cacheTags.collection('articles')], async (payload, reader) => {
  const { docs } = await payload.find({
    collection: 'articles',
    pagination: false,
    depth: 0,
    select: { slug: true, updatedAt: true },
    draft: reader.draft,
    user: reader.user,
    overrideAccess: false,
  })
  return docs.map((d) => ({ slug: d.slug ?? '', updatedAt: d.updatedAt }))
})
