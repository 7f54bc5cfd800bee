import { editorEmailDownload } from '@/newsletter/editorEmail'
import { payloadClient, signedInStaff } from '@/site/payload'

type Context = { params: Promise<{ id: string }> }

/** "Ladda ner text" in the admin: the plain-text twin of the e-mail. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return editorEmailDownload(await payloadClient(), await signedInStaff(), (await params).id, 'text')
}
