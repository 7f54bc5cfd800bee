import { editorEmailDownload } from '@/newsletter/editorEmail'

type Context = { params: Promise<{ id: string }> }

/** "Ladda ner HTML" in the admin: the e-mail, ready to paste into the sending tool. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return editorEmailDownload((await params).id, 'html')
}
