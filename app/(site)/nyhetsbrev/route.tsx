import type { IssueRef } from '@/lib/content/types'
import { cacheTags } from '@/lib/cacheTags'
import { formatDate, stockholmDay } from '@/lib/dates'
import { listIssues } from '@/lib/queries/issues'
import { routes } from '@/lib/routes'
import { sitePage } from '@/site/sitePage'

export const dynamic = 'force-dynamic'

function byYear(issues: IssueRef[]): [string, IssueRef[]][] {
  const years = new Map<string, IssueRef[]>()
  for (const issue of issues) {
    const year = stockholmDay(issue.issueDate).slice(0, 4)
    years.set(year, [...(years.get(year) ?? []), issue])
  }
  return [...years.entries()]
}

/** Every published issue, newest first, by year. */
export const GET = sitePage({
  key: 'page:archive',
  tags: [cacheTags.collection('issues')],
  render: async (reader, _params, settings) => {
    const issues = await listIssues(reader)
    return {
      meta: { title: 'Alla nummer', description: `Alla nummer av nyhetsbrevet ${settings.newsletterName}, det senaste först.`, path: routes.archive() },
      body: (
        <>
          <h1 className="text-3xl font-bold text-brand">Alla nummer av {settings.newsletterName}</h1>
          {issues.length === 0 ? <p className="mt-4">Inga nummer är publicerade ännu.</p> : null}
          {byYear(issues).map(([year, list]) => (
            <section key={year} aria-labelledby={`ar-${year}`} className="mt-6">
              <h2 id={`ar-${year}`} className="text-xl font-bold">
                {year}
              </h2>
              <ul className="mt-2 space-y-1">
                {list.map((issue) => (
                  <li key={issue.slug}>
                    <a href={routes.issue(issue.slug)}>{issue.title}</a> <span className="text-muted">({formatDate(issue.issueDate)})</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      ),
    }
  },
})
