import { editorEmailDownload } from '@/newsletter/editorEmail'

type Context = { params: Promise<{ id: string }> }

/** "Ladda ner text" in the admin: the plain-text twin of the e-mail. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return editorEmailDownload((await params).id, 'text')
}
