import { describe, expect, it } from 'vitest'

import { refuseRequest } from './requestGuards'

describe('refuseRequest', () => {
  it('lets ordinary requests through', () => {
    expect(refuseRequest('GET', '/artiklar/plast', '')).toBeNull()
    expect(refuseRequest('GET', '/api/articles/12', '?depth=1')).toBeNull()
    expect(refuseRequest('POST', '/api/users/login', '')).toBeNull()
    expect(refuseRequest('GET', '/api/articles/versions', '')).toBeNull()
    expect(refuseRequest('POST', '/admin/collections/articles', '')).toBeNull()
    expect(refuseRequest('GET', '/sok', '?q=milj%C3%B6+m%C3%A5l')).toBeNull()
  })

  it('refuses undecodable paths and NUL bytes in path or query with 400', () => {
    expect(refuseRequest('GET', '/artiklar/%ZZ', '')?.status).toBe(400)
    expect(refuseRequest('GET', '/nyhetsbrev/%00', '')?.status).toBe(400)
    expect(refuseRequest('GET', '/api/articles', '?where[slug][equals]=%00')?.status).toBe(400)
    expect(refuseRequest('GET', '/sok', '?q=%E0%A4%A')?.status).toBe(400)
  })

  it('answers a non-numeric document id with 404 before PostgreSQL sees it', () => {
    expect(refuseRequest('GET', '/api/articles/%3Cscript%3E', '')?.status).toBe(404)
    expect(refuseRequest('DELETE', '/api/members/abc', '')?.status).toBe(404)
    expect(refuseRequest('GET', '/api/payload-preferences/nav', '')).toBeNull()
  })

  it('refuses writes to the public site with 405 and Allow', () => {
    expect(refuseRequest('POST', '/nyhetsbrev/2021-03-31/webbversion', '')).toEqual({
      status: 405,
      message: 'Metoden stöds inte här.',
      headers: { Allow: 'GET, HEAD' },
    })
  })
})
