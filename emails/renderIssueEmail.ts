/**
 * The newsletter issue as an e-mail: { subject, preheader, html, text }. Pure — no database,
 * no Next.js — so the same call serves the sending tool ('email') and the site's web version
 * ('web'), and is unit-tested on the seed issue.
 */
import { render } from '@react-email/components'
import { createElement } from 'react'

import type { IssueView, SettingsView } from '@/content/types'

import { IssueEmail } from './components/IssueEmail'
import { emailContext, type RenderIssueOptions } from './context'
import { issueText } from './text/issueText'

export type { EmailMode, RenderIssueOptions } from './context'

export type RenderedIssue = { subject: string; preheader: string; html: string; text: string }

export async function renderIssueEmail(issue: IssueView, settings: SettingsView, options: RenderIssueOptions): Promise<RenderedIssue> {
  const ctx = emailContext(issue, settings, options)
  // Without a preheader the inbox would show the masthead; the intro says more.
  const preheader = issue.preheader ?? issue.intro
  // HTML5's doctype, not react-email's XHTML one: the web version is a standards-mode page, and
  // the clients that matter read either.
  const html = `<!DOCTYPE html>${(await render(createElement(IssueEmail, { ctx, preheader }))).replace(/^<!DOCTYPE[^>]*>/i, '')}`
  return { subject: issue.title, preheader, html, text: issueText(ctx) }
}
