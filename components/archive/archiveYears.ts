import type { IssueRef } from '@/content/types'
import { stockholmDay } from '@/lib/dates'

/** How many years the archive's own page lists in full; older years have a page each. */
export const YEARS_ON_ARCHIVE_PAGE = 2

export type ArchiveYear = { year: string; issues: IssueRef[] }

/** The issues (newest first) by their year in Stockholm, newest year first. */
export function byYear(issues: IssueRef[]): ArchiveYear[] {
  const years = new Map<string, IssueRef[]>()
  for (const issue of issues) {
    const year = stockholmDay(issue.issueDate).slice(0, 4)
    years.set(year, [...(years.get(year) ?? []), issue])
  }
  return [...years.entries()].map(([year, list]) => ({ year, issues: list }))
}
