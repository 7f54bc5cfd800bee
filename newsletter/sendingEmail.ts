/**
 * A test send's e-mail: the issue in 'email' mode from the editor's latest draft. (A send's e-mail
 * is the issue's copy, newsletter/copies.ts.)
 */
import type { Payload } from 'payload'

import { getIssueForEditor } from '@/content/reads/editorIssue'
import { getSettings } from '@/content/reads/settings'
import { renderIssueEmail, type RenderedIssue } from '@/emails/renderIssueEmail'
import type { User } from '@/payload-types'

export type SendingRender = RenderedIssue & { placeholder: string }

/** The issue as the editor has it now, drafts included, for a test send. */
export async function renderForTest(payload: Payload, id: number, user: User): Promise<SendingRender | null> {
  const [issue, settings] = await Promise.all([getIssueForEditor(payload, String(id), user), getSettings(payload)])
  if (!issue) return null
  return { ...(await renderIssueEmail(issue, settings, { mode: 'email' })), placeholder: settings.unsubscribePlaceholder }
}
