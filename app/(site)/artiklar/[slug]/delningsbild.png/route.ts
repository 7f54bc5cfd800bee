import { formatDate } from '@/lib/dates'
import { getArticle } from '@/content/reads/articles'
import { shareImageRoute } from '@/site/shareImages'

export const dynamic = 'force-dynamic'

export const GET = shareImageRoute('articles', async ({ payload, reader }, slug) => {
  const article = await getArticle(payload, reader, slug)
  const issueDate = article?.issues.at(-1)?.issueDate
  return article ? { kind: 'Artikel', title: article.title, date: issueDate ? formatDate(issueDate) : null } : null
})
