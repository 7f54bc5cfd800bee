import { headers } from 'next/headers'

import { renderIssueEmail, type RenderedIssue } from '@/emails/renderIssueEmail'
import { toIssueView } from '@/lib/content/toViews'
import { attachment, htmlResponse, textResponse } from '@/lib/http/responses'
import { slugify } from '@/lib/slugify'
import type { User } from '@/payload-types'

import { payloadClient } from './payload'
import { getSettings } from './settings'

export type EditorEmail = RenderedIssue & { filename: string }

/** The signed-in staff member making this request, or null. */
export async function signedInStaff(): Promise<User | null> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && user.collection === 'users' ? (user as User) : null
}

/**
 * An issue's e-mail for the sending tool, as the signed-in editor sees it (its latest draft
 * included), in 'email' mode. Never cached: it is for one editor, right now.
 */
export async function renderIssueForEditor(id: string, user: User): Promise<EditorEmail | null> {
  if (!/^\d{1,12}$/.test(id)) return null
  const payload = await payloadClient()
  const issue = await payload
    .findByID({ collection: 'issues', id: Number(id), depth: 3, draft: true, user, overrideAccess: false })
    .catch(() => null)
  if (!issue) return null
  const settings = await getSettings()
  const rendered = await renderIssueEmail(toIssueView(issue, settings), settings, { mode: 'email' })
  const year = issue.issueDate ? new Date(issue.issueDate).getUTCFullYear() : ''
  return { ...rendered, filename: `${slugify(issue.title) || 'nyhetsbrev'}${year ? `-${year}` : ''}` }
}

/** "Ladda ner HTML" / "Ladda ner text": the issue's e-mail as a file, for signed-in staff only. */
export async function editorEmailDownload(id: string, format: 'html' | 'text'): Promise<Response> {
  const user = await signedInStaff()
  if (!user) return textResponse('Logga in i redaktörsverktyget för att hämta nyhetsbrevet.', 401)
  const email = await renderIssueForEditor(id, user)
  if (!email) return textResponse('Nyhetsbrevet finns inte.', 404)
  return format === 'html'
    ? htmlResponse(email.html, attachment(`${email.filename}.html`))
    : textResponse(email.text, 200, attachment(`${email.filename}.txt`))
}
