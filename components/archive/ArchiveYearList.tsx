import { formatDate } from '@/lib/dates'
import { routes } from '@/lib/routes'

import type { ArchiveYear } from './archiveYears'

/** One year's issues under its heading. */
export function ArchiveYearList({ year, issues, headingLevel = 2 }: ArchiveYear & { headingLevel?: 1 | 2 }) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2'
  return (
    <section aria-labelledby={`ar-${year}`} className="mt-6">
      <Heading id={`ar-${year}`} className={headingLevel === 1 ? 'text-3xl font-bold text-brand' : 'text-xl font-bold'}>
        {headingLevel === 1 ? `Nummer från ${year}` : year}
      </Heading>
      <ul className="mt-2 space-y-1">
        {issues.map((issue) => (
          <li key={issue.slug}>
            <a href={routes.issue(issue.slug)}>{issue.title}</a> <span className="text-muted">({formatDate(issue.issueDate)})</span>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Links to every year's page, with how many issues it has; the year shown is marked as current. */
export function YearLinks({ years, current }: { years: ArchiveYear[]; current?: string }) {
  if (years.length < 2 && !current) return null
  return (
    <nav aria-label="Nummer år för år" className="mt-8 border-t border-line pt-4">
      <h2 className="text-lg font-bold">Alla år</h2>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        {years.map(({ year, issues }) => (
          <li key={year}>
            <a href={routes.archiveYear(year)} aria-current={year === current ? 'page' : undefined}>
              {year}
            </a>{' '}
            <span className="text-muted">({issues.length})</span>
          </li>
        ))}
      </ul>
    </nav>
  )
}
