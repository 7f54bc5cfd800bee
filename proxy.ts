import { NextResponse, type NextRequest } from 'next/server'

import { outagePage, type OutageAudience } from './lib/database/outagePage'
import { databaseAnswers } from './lib/database/probe'
import { RETRY_AFTER_SECONDS } from './lib/database/unavailable'
import { env } from './lib/env'
import { routes } from './lib/routes'
import { refuseRequest } from './lib/security/requestGuards'
import { securityHeaders } from './lib/security/securityHeaders'

// Payload picks the admin language from this cookie, else from the browser's Accept-Language.
// Editors at the county administrative boards work in Swedish, so Swedish is the default for
// everyone who has not chosen another language under Konto → Språk (which sets the cookie).
const LANGUAGE_COOKIE = 'payload-lng'

function withSwedishAdmin(request: NextRequest): NextResponse {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('cookie', [request.headers.get('cookie'), `${LANGUAGE_COOKIE}=sv`].filter(Boolean).join('; '))
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'sv', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

const isAdminPath = (pathname: string) => pathname === '/admin' || pathname.startsWith('/admin/')

/** Pages that are made from the database on every request, so no cache can stand in for it. */
function uncacheableAudience(pathname: string): OutageAudience | null {
  if (isAdminPath(pathname)) return 'editor'
  if (pathname === routes.search()) return 'reader'
  return null
}

/**
 * The admin and the search render nothing without the database; while it is away they answer
 * with a page that says so (503, with a link to try again) instead of an error screen. Every
 * other public page is served from the cache as usual. The API answers through Payload's
 * afterError hook (lib/database/afterError.ts).
 */
async function databaseOutage(request: NextRequest, pathname: string): Promise<NextResponse | null> {
  const audience = uncacheableAudience(pathname)
  if (!audience || (request.method !== 'GET' && request.method !== 'HEAD')) return null
  if (await databaseAnswers()) return null
  return new NextResponse(outagePage(audience), {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' },
  })
}

async function route(request: NextRequest, url: URL): Promise<NextResponse> {
  const rawPath = url.pathname
  const refusal = refuseRequest(request.method, rawPath, url.search)
  if (refusal) {
    if (refusal.status === 204) return new NextResponse(null, { status: 204, headers: refusal.headers })
    // The API answers in Payload's error shape; pages in plain Swedish text.
    if (rawPath.startsWith('/api/')) {
      return NextResponse.json({ errors: [{ message: refusal.message }] }, { status: refusal.status, headers: refusal.headers })
    }
    const headers = { 'Content-Type': 'text/plain; charset=utf-8', ...refusal.headers }
    return new NextResponse(`${refusal.message}\n`, { status: refusal.status, headers })
  }
  const outage = await databaseOutage(request, rawPath)
  if (outage) return outage
  if (isAdminPath(rawPath)) return withSwedishAdmin(request)
  return NextResponse.next()
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const url = new URL(request.url)
  const rawPath = url.pathname
  const response = await route(request, url)
  const https = env.siteUrl.startsWith('https://')
  for (const [name, value] of Object.entries(securityHeaders({ pathname: rawPath, https }))) response.headers.set(name, value)
  return response
}

// Every path but the build's static files: bad input must get a 4xx, never a 500.
export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] }
