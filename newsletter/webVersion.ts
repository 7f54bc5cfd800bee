/**
 * The public web version of an issue ("open in browser"): the e-mail subscribers got, in 'web'
 * mode, from published content only. Composes a read (lib/queries) with the e-mail's rendering
 * (emails/) for the web-version routes.
 */
import { renderIssueEmail, type RenderedIssue } from '@/emails/renderIssueEmail'
import { getIssue } from '@/lib/queries/issues'
import { PUBLIC_READER } from '@/lib/queries/payload'
import { getSettings } from '@/lib/queries/settings'

/** Null when there is no such published issue. */
export async function renderWebVersion(slug: string): Promise<RenderedIssue | null> {
  const issue = await getIssue(PUBLIC_READER, slug)
  if (!issue) return null
  return renderIssueEmail(issue, await getSettings(), { mode: 'web' })
}

