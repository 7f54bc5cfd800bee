import { createEvents, type DateArray, type EventAttributes } from 'ics'

import { foldByOctets } from './foldLines'

import { describeWhere } from '@/content/eventWhen'
import type { EventView, SettingsView } from '@/content/types'
import { stockholmDay } from '@/lib/dates'
import { richTextToText } from '@/content/richText/toText'
import { absoluteUrl, routes } from '@/lib/routes'

const dayArray = (iso: string): DateArray => stockholmDay(iso).split('-').map(Number) as DateArray

const utcArray = (iso: string): DateArray => {
  const d = new Date(iso)
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()]
}

function nextDay(iso: string): DateArray {
  const [y, m, d] = dayArray(iso)
  const next = new Date(Date.UTC(y, m - 1, d + 1))
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()]
}

/**
 * One VEVENT. Timed events are written in UTC (DTSTART:…Z), which every calendar shows in the
 * reader's own zone, so summer time cannot shift them. All-day and approximate events are
 * all-day dates; an approximate one says so and is marked TENTATIVE rather than pretending to
 * an exact day. Null when the event has no date at all.
 */
export function eventAttributes(event: EventView, settings: SettingsView): EventAttributes | null {
  const { siteUrl } = settings
  if (!event.startsAt) return null
  const url = absoluteUrl(siteUrl, routes.event(event.slug))
  const allDay = event.allDay || Boolean(event.approximateDate)
  const start = allDay ? dayArray(event.startsAt) : utcArray(event.startsAt)
  const end = allDay ? nextDay(event.endsAt ?? event.startsAt) : utcArray(event.endsAt ?? new Date(Date.parse(event.startsAt) + 3600_000).toISOString())
  const note = event.approximateDate ? `Preliminärt datum: ${event.approximateDate}. Exakt dag är inte bestämd.\n\n` : ''
  return {
    uid: `evenemang-${event.id}@${new URL(siteUrl).hostname}`,
    productId: 'nytt-fran-rus/ics',
    title: event.approximateDate ? `${event.title} (preliminärt: ${event.approximateDate})` : event.title,
    description: `${note}${event.summary}\n\n${richTextToText(event.description, { siteUrl })}\n\n${url}`.trim(),
    url,
    location: describeWhere(event),
    status: event.approximateDate ? 'TENTATIVE' : 'CONFIRMED',
    start,
    end,
    ...(allDay
      ? { startInputType: 'local', startOutputType: 'local', endInputType: 'local', endOutputType: 'local' }
      : { startInputType: 'utc', startOutputType: 'utc', endInputType: 'utc', endOutputType: 'utc' }),
    lastModified: utcArray(event.updatedAt),
    calName: settings.newsletterName,
  } as EventAttributes
}

/** An iCalendar file of the events that have a date; throws if the library refuses the input. */
export function eventsToIcs(events: EventView[], settings: SettingsView): string {
  const attributes = events.map((e) => eventAttributes(e, settings)).filter((a): a is EventAttributes => a !== null)
  const { error, value } = createEvents(attributes)
  if (error || !value) throw error ?? new Error('ics produced nothing')
  return foldByOctets(value)
}
