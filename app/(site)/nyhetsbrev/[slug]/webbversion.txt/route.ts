import { textResponse } from '@/lib/http/responses'
import { renderWebVersion, webVersionParams } from '@/newsletter/webVersion'

// The plain-text twin of the web version, cached and revalidated the same way.
export const dynamic = 'force-static'
export const revalidate = 600

export const generateStaticParams = webVersionParams

type Context = { params: Promise<{ slug: string }> }

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const rendered = await renderWebVersion((await params).slug)
  if (!rendered) return textResponse('Det finns inget publicerat nyhetsbrev med den adressen.', 404)
  return textResponse(rendered.text)
}
