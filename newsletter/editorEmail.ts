/**
 * The issue's e-mail for the sending tool, as the signed-in editor sees it: the admin's live
 * preview and its "Ladda ner HTML" / "Ladda ner text". Composes the editor's read (content/reads)
 * with the e-mail's rendering (emails/) and, for the downloads, the HTTP answer.
 */
import type { Payload } from 'payload'

import { getIssueForEditor } from '@/content/reads/editorIssue'
import { getSettings } from '@/content/reads/settings'
import { renderIssueEmail, type RenderedIssue } from '@/emails/renderIssueEmail'
import { attachment, htmlResponse, textResponse } from '@/lib/http/responses'
import { slugify } from '@/lib/slugify'
import type { User } from '@/payload-types'

import { copiesOf } from './copies'

export type EditorEmail = RenderedIssue & { filename: string }

/** The issue in 'email' mode, with the file name of its download; null when there is no such issue. */
export async function renderIssueForEditor(payload: Payload, id: string, user: User): Promise<EditorEmail | null> {
  const issue = await getIssueForEditor(payload, id, user)
  if (!issue) return null
  const rendered = await renderIssueEmail(issue, await getSettings(payload), { mode: 'email' })
  const year = issue.issueDate ? new Date(issue.issueDate).getUTCFullYear() : ''
  return { ...rendered, filename: `${slugify(issue.title) || 'nyhetsbrev'}${year ? `-${year}` : ''}` }
}

/**
 * The issue's e-mail as a file, for signed-in staff only. A sent issue's file is its record (the
 * newest copy, newsletter/copies.ts), so a send through another tool sends that too.
 */
export async function editorEmailDownload(payload: Payload, user: User | null, id: string, format: 'html' | 'text'): Promise<Response> {
  if (!user) return textResponse('Logga in i redaktörsverktyget för att hämta nyhetsbrevet.', 401)
  const rendered = await renderIssueForEditor(payload, id, user)
  if (!rendered) return textResponse('Nyhetsbrevet finns inte.', 404)
  const copy = (await copiesOf(payload, Number(id))).at(-1)
  const email = copy ? { ...rendered, html: copy.emailHtml, text: copy.emailText } : rendered
  return format === 'html'
    ? htmlResponse(email.html, attachment(`${email.filename}.html`))
    : textResponse(email.text, 200, attachment(`${email.filename}.txt`))
}
