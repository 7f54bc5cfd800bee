/**
 * Security headers for every response the proxy sees. The public pages are static and cached,
 * so a per-request nonce is not possible: Next's inline bootstrap scripts need 'unsafe-inline'
 * there. Everything that runs no JavaScript of ours — the web version of an issue and the plain
 * files — gets a policy with no scripts at all. The admin sets its own needs (Payload).
 */
import { isWebVersionPath } from '@/lib/routes'

type Options = { pathname: string; https: boolean }

const SHARED = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

const SITE_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
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

const isAdminOrApi = (pathname: string) => /^\/(admin|api)(\/|$)/.test(pathname)

export function securityHeaders({ pathname, https }: Options): Record<string, string> {
  const headers: Record<string, string> = { ...SHARED }
  if (https) headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains'
  if (isAdminOrApi(pathname)) {
    headers['X-Frame-Options'] = 'SAMEORIGIN'
    return headers
  }
  const policy = isWebVersionPath(pathname) ? NO_SCRIPT_POLICY : SITE_POLICY
  headers['Content-Security-Policy'] = [...policy, ...(https ? ['upgrade-insecure-requests'] : [])].join('; ')
  return headers
}
