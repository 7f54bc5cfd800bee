/**
 * The public web version of an issue ("open in browser"): for a sent issue, its record — the
 * newest copy (newsletter/copies.ts), byte for byte, whatever has changed since; for a
 * published issue not sent yet, the e-mail in 'web' mode rendered from published content. Composes
 * reads (content/reads) with the e-mail's rendering (emails/) for the web-version routes.
 */
import type { Payload } from 'payload'

import { getIssue } from '@/content/reads/issues'
import { PUBLIC_READER } from '@/content/reads/reader'
import { getSettings } from '@/content/reads/settings'
import { renderIssueEmail } from '@/emails/renderIssueEmail'

import { getSentCopy } from './sentCopies'

export type WebVersion = { html: string; text: string }

/** Null when there is no such published issue. */
export async function renderWebVersion(payload: Payload, slug: string): Promise<WebVersion | null> {
  const copy = await getSentCopy(payload, PUBLIC_READER, slug, null)
  if (copy) return { html: copy.webHtml, text: copy.webText }
  const issue = await getIssue(payload, PUBLIC_READER, slug)
  if (!issue) return null
  return renderIssueEmail(issue, await getSettings(payload), { mode: 'web' })
}

/** One copy of a sent issue by its number (1 = as it first went out); null when there is none. */
export async function sentCopyWebVersion(payload: Payload, slug: string, version: number): Promise<WebVersion | null> {
  if (!Number.isInteger(version) || version < 1 || version > 100_000) return null
  const copy = await getSentCopy(payload, PUBLIC_READER, slug, version)
  return copy ? { html: copy.webHtml, text: copy.webText } : null
}
