import Link from 'next/link'

import { formatDate } from '@/lib/dates'
import { listIssues } from '@/lib/queries/issues'
import { currentReader } from '@/lib/queries/payload'
import { routes } from '@/lib/routes'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import type { IssueRef } from '@/lib/content/types'

export const metadata = pageMetadata({
  title: 'Alla nummer',
  description: 'Alla nummer av nyhetsbrevet Nytt från RUS, det senaste först.',
  path: routes.archive(),
})

function byYear(issues: IssueRef[]): [string, IssueRef[]][] {
  const years = new Map<string, IssueRef[]>()
  for (const issue of issues) {
    const year = formatDate(issue.issueDate).slice(-4)
    years.set(year, [...(years.get(year) ?? []), issue])
  }
  return [...years.entries()]
}

export default async function ArchivePage() {
  const issues = await listIssues(await currentReader())
  return (
    <>
      <h1 className="text-3xl font-bold text-brand">Alla nummer av Nytt från RUS</h1>
      {issues.length === 0 ? <p className="mt-4">Inga nummer är publicerade ännu.</p> : null}
      {byYear(issues).map(([year, list]) => (
        <section key={year} aria-labelledby={`ar-${year}`} className="mt-6">
          <h2 id={`ar-${year}`} className="text-xl font-bold">
            {year}
          </h2>
          <ul className="mt-2 space-y-1">
            {list.map((issue) => (
              <li key={issue.slug}>
                <Link href={routes.issue(issue.slug)}>{issue.title}</Link>{' '}
                <span className="text-muted">({formatDate(issue.issueDate)})</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
