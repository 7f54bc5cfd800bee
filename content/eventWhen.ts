import { formatDate, formatDayMonth, formatTime, stockholmDay } from '@/lib/dates'

import type { EventView } from './types'

type When = Pick<EventView, 'startsAt' | 'endsAt' | 'allDay' | 'approximateDate'>

const sameYear = (a: string, b: string) => stockholmDay(a).slice(0, 4) === stockholmDay(b).slice(0, 4)

/**
 * When an event happens, as a Swede would write it: "28 maj 2021", "5–6 maj 2021",
 * "28 maj 2021 kl. 13.00–15.00", or the approximate text ("slutet av maj 2021") when that is
 * all that is known.
 */
export function describeWhen(event: When): string {
  if (event.approximateDate) return event.approximateDate
  const { startsAt, endsAt } = event
  if (!startsAt) return 'Datum meddelas senare'
  const oneDay = !endsAt || stockholmDay(endsAt) === stockholmDay(startsAt)
  if (event.allDay) {
    if (oneDay) return formatDate(startsAt)
    const sameMonth = stockholmDay(startsAt).slice(0, 7) === stockholmDay(endsAt).slice(0, 7)
    if (sameMonth) return `${formatDate(startsAt).split(' ')[0]}–${formatDate(endsAt)}`
    return `${sameYear(startsAt, endsAt) ? formatDayMonth(startsAt) : formatDate(startsAt)}–${formatDate(endsAt)}`
  }
  if (oneDay) return `${formatDate(startsAt)} ${formatTime(startsAt)}${endsAt ? `–${formatTime(endsAt).slice(4)}` : ''}`
  return `${formatDate(startsAt)} ${formatTime(startsAt)} – ${formatDate(endsAt)} ${formatTime(endsAt)}`
}

/** "Digitalt", "Skype", "Nyköping", "Nyköping och digitalt". */
export function describeWhere(event: Pick<EventView, 'attendance' | 'place' | 'onlineDetails'>): string {
  const online = event.onlineDetails ? `Digitalt (${event.onlineDetails})` : 'Digitalt'
  if (event.attendance === 'online') return online
  if (event.attendance === 'hybrid') return `${event.place ?? 'På plats'} och ${online.toLowerCase()}`
  return event.place ?? 'Plats meddelas senare'
}
