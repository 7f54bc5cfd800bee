/**
 * Dates as Swedes write them, always in Stockholm time whatever the server's zone:
 * "31 mars 2021", "kl. 13.00", "Mars 2021". Built on Intl with the sv-SE locale.
 */
export const STOCKHOLM = 'Europe/Stockholm' as const

type DateInput = Date | string | number

const toDate = (value: DateInput): Date => (value instanceof Date ? value : new Date(value))

const dayMonthYear = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: STOCKHOLM })
const dayMonth = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', timeZone: STOCKHOLM })
const monthYear = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: STOCKHOLM })
const hourMinute = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit', timeZone: STOCKHOLM })
const parts = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZone: STOCKHOLM,
})

/** "31 mars 2021" */
export const formatDate = (value: DateInput): string => dayMonthYear.format(toDate(value))

/** "30 april" */
export const formatDayMonth = (value: DateInput): string => dayMonth.format(toDate(value))

/** "Mars 2021" (capitalised, as the newsletter's masthead writes it) */
export function formatMonthYear(value: DateInput): string {
  const text = monthYear.format(toDate(value))
  return text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1)
}

/** "kl. 13.00" */
export const formatTime = (value: DateInput): string => `kl. ${hourMinute.format(toDate(value)).replace(':', '.')}`

function stockholmParts(value: DateInput): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const found = Object.fromEntries(parts.formatToParts(toDate(value)).map((p) => [p.type, p.value]))
  return {
    year: Number(found.year),
    month: Number(found.month),
    day: Number(found.day),
    hour: Number(found.hour),
    minute: Number(found.minute),
    second: Number(found.second),
  }
}

/** The calendar day in Stockholm as "YYYY-MM-DD" (what "today" means for a Swedish reader). */
export function stockholmDay(value: DateInput): string {
  const p = stockholmParts(value)
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`
}

/** Minutes Stockholm is ahead of UTC at that instant (60 in winter, 120 in summer). */
function offsetMinutes(instant: number): number {
  const p = stockholmParts(instant)
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000)
}

/** The instant of a Stockholm wall-clock time: stockholmTime('2021-05-28', '13:00'). */
export function stockholmTime(day: string, time = '12:00'): Date {
  const [y, m, d] = day.split('-').map(Number)
  const [h, min] = time.split(':').map(Number)
  if (!y || !m || !d || h === undefined || min === undefined) throw new Error(`Not a day and time: ${day} ${time}`)
  const wall = Date.UTC(y, m - 1, d, h, min)
  const first = wall - offsetMinutes(wall) * 60_000
  return new Date(wall - offsetMinutes(first) * 60_000)
}
