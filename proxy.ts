import { NextResponse, type NextRequest } from 'next/server'

// Payload picks the admin language from this cookie, else from the browser's Accept-Language.
// Editors at the county administrative boards work in Swedish, so Swedish is the default for
// everyone who has not chosen another language under Konto → Språk (which sets the cookie).
const LANGUAGE_COOKIE = 'payload-lng'

export function proxy(request: NextRequest): NextResponse {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('cookie', [request.headers.get('cookie'), `${LANGUAGE_COOKIE}=sv`].filter(Boolean).join('; '))
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'sv', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = { matcher: ['/admin', '/admin/:path*'] }
