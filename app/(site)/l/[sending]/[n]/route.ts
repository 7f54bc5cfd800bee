import { textResponse } from '@/lib/http/responses'
import { payloadClient } from '@/site/payload'
import { followShortLink } from '@/statistics/clicks'
import { redirectTo } from '@/statistics/frontDoor'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ sending: string; n: string }> }

/** A link of a sent e-mail (statistics/shortLinks.ts): a redirect to where it leads, counted for nobody in particular. */
async function follow(request: Request, { params }: Params): Promise<Response> {
  const { sending, n } = await params
  const followed = await followShortLink(await payloadClient(), {
    sending,
    n,
    method: request.method,
    userAgent: request.headers.get('user-agent'),
    // Decided from the socket by server.ts; used for the burst rule's seconds only, never stored.
    client: request.headers.get('x-forwarded-for') ?? '',
  })
  if (!followed.found) return textResponse('Länken finns inte. Kontrollera att hela adressen kom med från e-postbrevet.', 404, { 'Cache-Control': 'no-store' })
  return new Response(null, { status: 302, headers: redirectTo(followed.location) })
}

export const GET = follow
export const HEAD = follow
