/**
 * The e-mail a send puts in every inbox: the issue in 'email' mode, rendered once when the send is
 * queued — from published content for a send, from the editor's latest draft for a test send.
 */
import { renderIssueEmail, type RenderedIssue } from '@/emails/renderIssueEmail'
import { getIssueForEditor } from '@/lib/queries/editorIssue'
import { getIssue } from '@/lib/queries/issues'
import { PUBLIC_READER } from '@/lib/queries/payload'
import { getSettings } from '@/lib/queries/settings'
import type { User } from '@/payload-types'

export type SendingRender = RenderedIssue & { placeholder: string }

/** The published issue with this slug, as subscribers get it; null when it is not published. */
export async function renderForSending(slug: string): Promise<SendingRender | null> {
  const [issue, settings] = await Promise.all([getIssue(PUBLIC_READER, slug), getSettings()])
  if (!issue) return null
  return { ...(await renderIssueEmail(issue, settings, { mode: 'email' })), placeholder: settings.unsubscribePlaceholder }
}

/** The issue as the editor has it now, drafts included, for a test send. */
export async function renderForTest(id: number, user: User): Promise<SendingRender | null> {
  const [issue, settings] = await Promise.all([getIssueForEditor(String(id), user), getSettings()])
  if (!issue) return null
  return { ...(await renderIssueEmail(issue, settings, { mode: 'email' })), placeholder: settings.unsubscribePlaceholder }
}
