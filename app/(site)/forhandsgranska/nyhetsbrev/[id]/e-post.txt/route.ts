import { attachment, textResponse } from '@/lib/http/responses'
import { renderIssueForEditor, signedInStaff } from '@/lib/queries/editorIssueEmail'

type Context = { params: Promise<{ id: string }> }

/** "Ladda ner text" in the admin: the plain-text twin of the issue's e-mail. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const user = await signedInStaff()
  if (!user) return textResponse('Logga in i redaktörsverktyget för att hämta nyhetsbrevet.', 401)
  const email = await renderIssueForEditor((await params).id, user)
  if (!email) return textResponse('Nyhetsbrevet finns inte.', 404)
  return textResponse(email.text, 200, attachment(`${email.filename}.txt`))
}
