/**
 * Swedish dates in newsletter prose: the masthead's "Mars 2021", the title's "31 mars", an
 * event's "den 28-29 september" or "10 december kl 9-10.30". The month names come from `Intl`,
 * not from a list typed here.
 */
const MONTHS = Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat('sv-SE', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2001, m, 15)))
const MONTH = `(${MONTHS.join('|')})`

const monthNumber = (name: string | undefined): number => MONTHS.indexOf((name ?? '').toLowerCase()) + 1
const pad = (n: number) => String(n).padStart(2, '0')

export type MonthYear = { year: number; month: number }

/** "Mars 2021", "Nyhetsbrev juni 2022" → the month, when a line names one with its year. */
export function findMonthYear(text: string): MonthYear | null {
  const found = new RegExp(`(?:^|\\s)${MONTH}\\s+(\\d{4})\\b`, 'i').exec(text)
  return found ? { month: monthNumber(found[1]), year: Number(found[2]) } : null
}

/** "Nytt från RUS 31 mars" → day 31 of March (no year). */
export function findDayMonth(text: string): { day: number; month: number } | null {
  const found = new RegExp(`\\b(\\d{1,2})(?::e|:a)?\\s+${MONTH}\\b`, 'i').exec(text)
  if (!found) return null
  const day = Number(found[1])
  return day >= 1 && day <= 31 ? { day, month: monthNumber(found[2]) } : null
}

export const isoDay = (year: number, month: number, day: number): string | null => {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 ? `${year}-${pad(month)}-${pad(day)}` : null
}

export const isoMonth = ({ year, month }: MonthYear): string => `${year}-${pad(month)}`

export type ProposedDate = { start: string; end?: string; time?: string; words: string }

/**
 * The first date an event's prose gives — "den 28-29 september", "28 maj", "10 december kl
 * 9-10.30", "5 och 6 maj 2021" — in the issue's year unless the text names one; a month before
 * the issue's is taken as next year's. Only a proposal: the editor confirms it.
 */
export function findEventDate(text: string, issue: MonthYear): ProposedDate | null {
  const pattern = new RegExp(
    `(?:den\\s+)?(\\d{1,2})(?:\\s*(?:[-–]|och)\\s*(\\d{1,2}))?\\s+${MONTH}(?:\\s+(\\d{4}))?(?:,?\\s+(?:kl\\.?|klockan)\\s+(\\d{1,2}(?:[.:]\\d{2})?)(?:\\s*[-–]\\s*(\\d{1,2}(?:[.:]\\d{2})?))?)?`,
    'i',
  )
  const found = pattern.exec(text)
  if (!found) return null
  const [words, d1, d2, monthName, yearText, from, to] = found
  const month = monthNumber(monthName)
  const year = yearText ? Number(yearText) : month < issue.month ? issue.year + 1 : issue.year
  const start = isoDay(year, month, Number(d1))
  if (!start) return null
  const end = d2 ? isoDay(year, month, Number(d2)) ?? undefined : undefined
  const clock = (t: string) => {
    const [h, m = '00'] = t.split(/[.:]/)
    return `${pad(Number(h))}:${m}`
  }
  const time = from ? (to ? `${clock(from)}–${clock(to)}` : clock(from)) : undefined
  return { start, ...(end && end > start ? { end } : {}), ...(time ? { time } : {}), words: words.trim() }
}
