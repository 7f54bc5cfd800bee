import type { IssueView, SettingsView } from '@/lib/content/types'

/**
 * 'email': pasted into the sending tool, so every link is absolute and unsubscribing uses the
 * tool's placeholder. 'web': served by the site at /nyhetsbrev/<slug>/webbversion.
 */
export type EmailMode = 'email' | 'web'

export type RenderIssueOptions = {
  mode: EmailMode
  /** What "today" is when deciding whether a call to join or a registration is still open. */
  now?: Date
}

/** Everything a part of the e-mail may need, passed down as one value. */
export type EmailContext = {
  mode: EmailMode
  now: Date
  issue: IssueView
  settings: SettingsView
}

export function emailContext(issue: IssueView, settings: SettingsView, options: RenderIssueOptions): EmailContext {
  return { mode: options.mode, now: options.now ?? new Date(), issue, settings }
}
