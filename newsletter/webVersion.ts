/**
 * The public web version of an issue ("open in browser"): for a sent issue, its record — the
 * newest frozen copy (newsletter/copies.ts), byte for byte, whatever has changed since; for a
 * published issue not sent yet, the e-mail in 'web' mode rendered from published content. Composes
 * reads (content/reads) with the e-mail's rendering (emails/) for the web-version routes.
 */
import { renderIssueEmail } from '@/emails/renderIssueEmail'
import { getIssue } from '@/content/reads/issues'
import { PUBLIC_READER } from '@/site/payload'
import { getSentCopy } from '@/newsletter/sentCopies'
import { getSettings } from '@/content/reads/settings'

export type WebVersion = { html: string; text: string }

/** Null when there is no such published issue. */
export async function renderWebVersion(slug: string): Promise<WebVersion | null> {
  const copy = await getSentCopy(PUBLIC_READER, slug, null)
  if (copy) return { html: copy.webHtml, text: copy.webText }
  const issue = await getIssue(PUBLIC_READER, slug)
  if (!issue) return null
  return renderIssueEmail(issue, await getSettings(), { mode: 'web' })
}

/** One frozen copy of a sent issue by its number (1 = as it first went out); null when there is none. */
export async function sentCopyWebVersion(slug: string, version: number): Promise<WebVersion | null> {
  if (!Number.isInteger(version) || version < 1 || version > 100_000) return null
  const copy = await getSentCopy(PUBLIC_READER, slug, version)
  return copy ? { html: copy.webHtml, text: copy.webText } : null
}
