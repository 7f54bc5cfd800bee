/**
 * Rules that depend on today's date in Stockholm, not on when a page was built: is an event
 * still to come, is its registration open, is a group's call to join open. Pages that use them
 * are regenerated from cached data every ten minutes (`revalidate = 600`), so they are right
 * on the day a state changes, not only after the next publish.
 */
import { stockholmDay } from '@/lib/dates'

import type { CallToJoinView, EventView } from './types'

type Dated = Pick<EventView, 'startsAt' | 'endsAt'>

/** The last day an event runs (its end, else its start), or null when it has no date yet. */
export const lastDay = (event: Dated): string | null =>
  event.endsAt ? stockholmDay(event.endsAt) : event.startsAt ? stockholmDay(event.startsAt) : null

/** Upcoming until its last day has passed in Stockholm; an undated event is still to come. */
export function isUpcoming(event: Dated, now: Date = new Date()): boolean {
  const last = lastDay(event)
  return last === null || last >= stockholmDay(now)
}

/** Open until the end of the deadline day (Stockholm), and never after the event itself. */
export function isRegistrationOpen(event: Dated & Pick<EventView, 'registration'>, now: Date = new Date()): boolean {
  if (!event.registration) return false
  if (!isUpcoming(event, now)) return false
  return !event.registration.deadline || stockholmDay(event.registration.deadline) >= stockholmDay(now)
}

/** A call to join closes by itself after its deadline day. */
export function isCallOpen(call: CallToJoinView | null, now: Date = new Date()): call is CallToJoinView {
  return call !== null && (!call.deadline || stockholmDay(call.deadline) >= stockholmDay(now))
}

/** Upcoming events soonest first, then past ones latest first. */
export function splitEvents<T extends Dated>(events: T[], now: Date = new Date()): { upcoming: T[]; past: T[] } {
  const byStart = (a: T, b: T) => (a.startsAt ?? '9999').localeCompare(b.startsAt ?? '9999')
  const upcoming = events.filter((e) => isUpcoming(e, now)).sort(byStart)
  const past = events.filter((e) => !isUpcoming(e, now)).sort((a, b) => byStart(b, a))
  return { upcoming, past }
}
