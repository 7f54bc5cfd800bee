import { attachment, htmlResponse, textResponse } from '@/lib/http/responses'
import { renderIssueForEditor, signedInStaff } from '@/lib/queries/editorIssueEmail'

type Context = { params: Promise<{ id: string }> }

/** "Ladda ner HTML" in the admin: the issue's e-mail, ready to paste into the sending tool. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const user = await signedInStaff()
  if (!user) return textResponse('Logga in i redaktörsverktyget för att hämta nyhetsbrevet.', 401)
  const email = await renderIssueForEditor((await params).id, user)
  if (!email) return textResponse('Nyhetsbrevet finns inte.', 404)
  return htmlResponse(email.html, attachment(`${email.filename}.html`))
}
