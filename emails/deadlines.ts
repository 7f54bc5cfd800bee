import { isCallOpen, isRegistrationOpen } from '@/lib/content/timing'
import type { ArticleView, EventView } from '@/lib/content/types'
import { formatDayMonth } from '@/lib/dates'

import { mailtoHref } from './links'

export type OpenCallToJoin = {
  text: string
  /** Who answers: the named member, else the contact address. */
  replyTo: string | null
  replyHref: string | null
  /** "30 april" */
  replyBy: string | null
}

/**
 * The group's call to join while its deadline day (in Stockholm) has not passed — the same rule
 * the site's pages use, so the e-mail and the web never disagree about it.
 */
export function openCallToJoin(group: ArticleView['group'], now: Date): OpenCallToJoin | null {
  const call = group?.callToJoin ?? null
  if (!isCallOpen(call, now)) return null
  return {
    text: call.text,
    replyTo: call.replyToName ?? call.contactEmail,
    replyHref: mailtoHref(call.contactEmail),
    replyBy: call.deadline ? formatDayMonth(call.deadline) : null,
  }
}

/** The registration (label, link) while it is open; closed after its deadline day or the event. */
export const openRegistration = (event: EventView, now: Date): EventView['registration'] =>
  isRegistrationOpen(event, now) ? event.registration : null
