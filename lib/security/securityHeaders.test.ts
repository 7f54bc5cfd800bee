import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { SITE_STYLESHEET, SITE_STYLESHEET_HASH } from '@/lib/styles/site.generated'

import { securityHeaders } from './securityHeaders'

describe('securityHeaders', () => {
  it('sends nosniff, a referrer policy and frame-ancestors on public pages', () => {
    const headers = securityHeaders({ pathname: '/artiklar/x', https: false })
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'self'")
    expect(headers['Content-Security-Policy']).toContain("object-src 'none'")
    expect(headers).not.toHaveProperty('Strict-Transport-Security')
  })

  it('lets readers’ pages run scripts from the site only and the one inline stylesheet by its hash', () => {
    const policy = securityHeaders({ pathname: '/artiklar/x', https: false })['Content-Security-Policy'] ?? ''
    expect(policy).toContain("script-src 'self';")
    expect(policy).not.toContain('unsafe-inline')
    expect(policy).not.toContain('unsafe-eval')
    expect(policy).toContain(SITE_STYLESHEET_HASH)
    expect(SITE_STYLESHEET_HASH).toBe(`'sha256-${createHash('sha256').update(SITE_STYLESHEET).digest('base64')}'`)
  })

  it('allows no script at all in the web version', () => {
    for (const pathname of ['/nyhetsbrev/2021-03-31/webbversion', '/nyhetsbrev/2021-03-31/webbversion.txt']) {
      const policy = securityHeaders({ pathname, https: true })['Content-Security-Policy']
      expect(policy).toContain("default-src 'none'")
      expect(policy).not.toContain('script-src')
    }
  })

  it('adds HSTS and upgrades requests only over HTTPS', () => {
    const headers = securityHeaders({ pathname: '/', https: true })
    expect(headers['Strict-Transport-Security']).toMatch(/^max-age=31536000/)
    expect(headers['Content-Security-Policy']).toContain('upgrade-insecure-requests')
  })

  it('leaves the admin its own script needs but forbids framing by others', () => {
    const headers = securityHeaders({ pathname: '/admin/collections/articles', https: false })
    expect(headers).not.toHaveProperty('Content-Security-Policy')
    expect(headers['X-Frame-Options']).toBe('SAMEORIGIN')
  })
})
