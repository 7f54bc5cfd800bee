import { htmlResponse, textResponse } from '@/lib/http/responses'
import { renderWebVersion, webVersionParams } from '@/newsletter/webVersion'

// "Open in browser": rendered once per publish and served from the route cache; remade every
// ten minutes as well, because a group's call to join in it closes by itself on its deadline.
export const dynamic = 'force-static'
export const revalidate = 600

export const generateStaticParams = webVersionParams

type Context = { params: Promise<{ slug: string }> }

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const rendered = await renderWebVersion((await params).slug)
  if (!rendered) return textResponse('Det finns inget publicerat nyhetsbrev med den adressen.', 404)
  return htmlResponse(rendered.html)
}
