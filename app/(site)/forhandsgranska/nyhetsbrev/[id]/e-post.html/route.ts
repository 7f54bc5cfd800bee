import { editorEmailDownload } from '@/newsletter/editorEmail'
import { payloadClient, signedInStaff } from '@/site/payload'

type Context = { params: Promise<{ id: string }> }

/** "Ladda ner HTML" in the admin: the e-mail, ready to paste into the sending tool. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return editorEmailDownload(await payloadClient(), await signedInStaff(), (await params).id, 'html')
}
