import { formatMonthYear } from '@/lib/dates'

import type { EmailContext } from './context'

const lower = (text: string) => text.toLocaleLowerCase('sv-SE')

/**
 * The top of the issue: the title, the month ("Mars 2021") and, only when the title does not
 * already say it, the newsletter's name — so "Nytt från RUS 31 mars" is not preceded by
 * "Nytt från RUS".
 */
export function masthead(ctx: EmailContext): { name: string | null; title: string; month: string } {
  const { issue, settings } = ctx
  const name = lower(issue.title).includes(lower(settings.newsletterName)) ? null : settings.newsletterName
  return { name, title: issue.title, month: formatMonthYear(issue.issueDate) }
}
