import type { ArticleView, EventView, IssueView } from '@/content/types'

/** Test-only changes to an issue view, so each test states just what it varies. */

const articlesOf = (issue: IssueView): ArticleView[] =>
  issue.sections.flatMap((section) => section.items).filter((item): item is ArticleView => item.kind === 'article')

export function findArticle(issue: IssueView, slug: string): ArticleView {
  const found = articlesOf(issue).find((article) => article.slug === slug)
  if (!found) throw new Error(`No article ${slug} in the issue`)
  return found
}

/** The issue with one article changed (by slug); everything else shared. */
export function withArticle(issue: IssueView, slug: string, change: (article: ArticleView) => ArticleView): IssueView {
  return {
    ...issue,
    sections: issue.sections.map((section) => ({
      ...section,
      items: section.items.map((item) => (item.kind === 'article' && item.slug === slug ? change(item) : item)),
    })),
  }
}

export function withEvent(issue: IssueView, change: (event: EventView) => EventView): IssueView {
  return {
    ...issue,
    sections: issue.sections.map((section) => ({
      ...section,
      items: section.items.map((item) => (item.kind === 'event' ? change(item) : item)),
    })),
  }
}

/** A big issue: `count` articles cloned from the seed's, with their own slugs and titles, in one section. */
export function issueWithArticles(issue: IssueView, count: number): IssueView {
  const seed = articlesOf(issue)
  const items = Array.from({ length: count }, (_, index) => {
    const source = seed[index % seed.length] as ArticleView
    return { ...source, slug: `${source.slug}-${index + 1}`, title: `${source.title} (${index + 1})` }
  })
  return { ...issue, highlights: [], sections: [{ heading: 'AKTUELLT', items }] }
}
