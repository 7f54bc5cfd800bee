import { renderIssueEmail, type RenderedIssue } from '@/emails/renderIssueEmail'

import { getIssue, listIssues } from './issues'
import { PUBLIC_READER } from './payload'
import { getSettings } from './settings'

/**
 * The public web version of an issue: the same e-mail a subscriber got, in 'web' mode, from
 * published content only. Null when there is no such published issue.
 */
export async function renderWebVersion(slug: string): Promise<RenderedIssue | null> {
  const issue = await getIssue(PUBLIC_READER, slug)
  if (!issue) return null
  return renderIssueEmail(issue, await getSettings(), { mode: 'web' })
}

/** The slugs the web-version routes prerender at build: every published issue. */
export async function webVersionParams(): Promise<{ slug: string }[]> {
  return (await listIssues(PUBLIC_READER)).map(({ slug }) => ({ slug }))
}
