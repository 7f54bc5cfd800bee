/**
 * What of an item is still open on a given day, worded once for the site, the e-mail and its text
 * version: a group's call to join ("… Svar önskas till: Marie-Helene Bergstrand senast 30 april")
 * and an event's registration, each until its deadline day in Stockholm (content/timing.ts).
 */
import { formatDayMonth } from '@/lib/dates'
import { mailtoHref } from '@/lib/safeUrl'

import { isCallOpen, isRegistrationOpen } from './timing'
import type { CallToJoinView, EventView } from './types'

export type OpenCallToJoin = {
  text: string
  /** Who answers: the named member, else the contact address; null when neither is given. */
  replyTo: string | null
  replyHref: string | null
  /** "30 april" */
  replyBy: string | null
}

export function openCallToJoin(call: CallToJoinView | null | undefined, now: Date = new Date()): OpenCallToJoin | null {
  if (!isCallOpen(call ?? null, now)) return null
  const open = call as CallToJoinView
  return {
    text: open.text,
    replyTo: open.replyToName ?? open.contactEmail,
    replyHref: mailtoHref(open.contactEmail),
    replyBy: open.deadline ? formatDayMonth(open.deadline) : null,
  }
}

/** The registration (label, link) while it is open; null after its deadline day or the event. */
export const openRegistration = (event: EventView, now: Date = new Date()): EventView['registration'] =>
  isRegistrationOpen(event, now) ? event.registration : null
