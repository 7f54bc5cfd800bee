/**
 * Security headers for every response the proxy sees. Readers' pages are plain HTML with no
 * framework runtime (site/): no inline script at all, scripts only from the site itself (the
 * copy-link enhancement, the editor's preview reload), and the one inline stylesheet allowed by its
 * hash. The web version of an issue and the plain files allow no script whatever. The admin sets
 * its own needs (Payload).
 */
import { OUTAGE_STYLE_HASH } from '@/lib/database/outagePage'
import { isWebVersionPath } from '@/lib/routes'
import { SITE_STYLESHEET_HASH } from '@/lib/styles/site.generated'

type Options = { pathname: string; https: boolean }

const SHARED = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

const SITE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src ${SITE_STYLESHEET_HASH} ${OUTAGE_STYLE_HASH}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  // The admin's live preview frames the site's own pages; nobody else may.
  "frame-ancestors 'self'",
]

/** The e-mail as a web page: its images and inline styles, and not a single script. */
const NO_SCRIPT_POLICY = [
  "default-src 'none'",
  "img-src 'self' https: data:",
  "style-src 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
]

/**
 * The editor's preview of an issue's e-mail (/forhandsgranska/nyhetsbrev/…) frames the e-mail, whose
 * looks are all inline styles; the frame is sandboxed (no script runs in it) and inherits this policy.
 */
const EMAIL_PREVIEW_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'unsafe-inline'`,
  "img-src 'self' https: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
]

const isAdminOrApi = (pathname: string) => /^\/(admin|api)(\/|$)/.test(pathname)
const isEmailPreview = (pathname: string) => pathname.startsWith('/forhandsgranska/nyhetsbrev/')

export function securityHeaders({ pathname, https }: Options): Record<string, string> {
  const headers: Record<string, string> = { ...SHARED }
  if (https) headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains'
  if (isAdminOrApi(pathname)) {
    headers['X-Frame-Options'] = 'SAMEORIGIN'
    return headers
  }
  const policy = isWebVersionPath(pathname) ? NO_SCRIPT_POLICY : isEmailPreview(pathname) ? EMAIL_PREVIEW_POLICY : SITE_POLICY
  headers['Content-Security-Policy'] = [...policy, ...(https ? ['upgrade-insecure-requests'] : [])].join('; ')
  return headers
}
