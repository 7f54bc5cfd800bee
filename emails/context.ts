import type { IssueView, SettingsView } from '@/content/types'

/**
 * 'email': pasted into the sending tool, so every link is absolute and unsubscribing uses the
 * tool's placeholder. 'web': served by the site at /nyhetsbrev/<slug>/webbversion.
 */
export type EmailMode = 'email' | 'web'

/** A published correction of a sent issue, as its "Rättelser" box lists it. */
export type CorrectionNote = { at: string; note: string }

/** Where the box says the first e-mail can still be read, and when it went out. */
export type SentRecord = { sentAt: string; firstCopyHref: string; corrections: CorrectionNote[] }

export type RenderIssueOptions = {
  mode: EmailMode
  /** What "today" is when deciding whether a call to join or a registration is still open. */
  now?: Date
  /** For a corrected issue: its corrections so far, written into the copy at the top. */
  sent?: SentRecord
}

/** Everything a part of the e-mail may need, passed down as one value. */
export type EmailContext = {
  mode: EmailMode
  now: Date
  issue: IssueView
  settings: SettingsView
  sent: SentRecord | null
}

export function emailContext(issue: IssueView, settings: SettingsView, options: RenderIssueOptions): EmailContext {
  return { mode: options.mode, now: options.now ?? new Date(), issue, settings, sent: options.sent ?? null }
}
