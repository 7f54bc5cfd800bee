import { formatDate } from '@/lib/dates'
import { getIssue } from '@/content/reads/issues'
import { shareImageRoute } from '@/site/shareImages'

export const dynamic = 'force-dynamic'

export const GET = shareImageRoute('issues', async ({ payload, reader }, slug) => {
  const issue = await getIssue(payload, reader, slug)
  return issue ? { kind: 'Nyhetsbrev', title: issue.title, date: formatDate(issue.issueDate) } : null
})
