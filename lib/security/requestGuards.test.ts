import { describe, expect, it } from 'vitest'

import { refuseRequest } from './requestGuards'

const status = (method: string, path: string, search = '') => refuseRequest(method, path, search)?.status ?? null

describe('refuseRequest', () => {
  it('lets ordinary requests through', () => {
    expect(refuseRequest('GET', '/artiklar/plast', '')).toBeNull()
    expect(refuseRequest('GET', '/api/articles/12', '?depth=1')).toBeNull()
    expect(refuseRequest('POST', '/api/users/login', '')).toBeNull()
    expect(refuseRequest('GET', '/api/articles/versions', '')).toBeNull()
    expect(refuseRequest('GET', '/api/articles/versions/3', '')).toBeNull()
    expect(refuseRequest('POST', '/api/articles/12/duplicate', '')).toBeNull()
    expect(refuseRequest('POST', '/api/articles/access/12', '')).toBeNull()
    expect(refuseRequest('GET', '/api/media/file/bild-768x432.webp', '')).toBeNull()
    expect(refuseRequest('POST', '/admin/collections/articles', '')).toBeNull()
    expect(refuseRequest('GET', '/sok', '?q=milj%C3%B6+m%C3%A5l')).toBeNull()
    expect(refuseRequest('GET', '/api/articles', '?where=%7B%22slug%22%3A%7B%22equals%22%3A%22x%22%7D%7D&page=2&limit=0')).toBeNull()
  })

  it('refuses undecodable paths and NUL bytes in path or query with 400', () => {
    expect(status('GET', '/artiklar/%ZZ')).toBe(400)
    expect(status('GET', '/nyhetsbrev/%00')).toBe(400)
    expect(status('GET', '/api/articles', '?where[slug][equals]=%00')).toBe(400)
    expect(status('GET', '/sok', '?q=%E0%A4%A')).toBe(400)
  })

  it('answers ids that are not PostgreSQL integers with 404 before PostgreSQL sees them', () => {
    expect(status('GET', '/api/articles/%3Cscript%3E')).toBe(404)
    expect(status('DELETE', '/api/members/abc')).toBe(404)
    expect(status('GET', '/api/articles/99999999999999999999')).toBe(404)
    expect(status('PATCH', '/api/articles/2147483648')).toBe(404)
    expect(status('GET', '/api/articles/2147483647')).toBeNull()
    expect(status('GET', '/api/payload-preferences/nav')).toBeNull()
  })

  it('answers endpoints a collection does not have with 404', () => {
    expect(status('POST', '/api/members/versions/1')).toBe(404)
    expect(status('GET', '/api/media/versions')).toBe(404)
    expect(status('POST', '/api/users/verify/1')).toBe(404)
    expect(status('POST', '/api/articles/login')).toBe(404)
    expect(status('GET', '/api/articles/file/x.jpg')).toBe(404)
    expect(status('POST', '/api/media/paste-url')).toBe(404)
    expect(status('GET', '/api/globals/site-settings/versions')).toBe(404)
    expect(status('GET', '/api/payload-migrations')).toBe(404)
    expect(status('POST', '/api/payload-migrations')).toBe(404)
  })

  it('refuses query parameters PostgreSQL or JSON.parse would choke on with 400', () => {
    for (const search of ['?page=-1', '?page=0', '?limit=-5', '?depth=99', '?page=1e3', '?where=abc', '?where=[1]', '?where=null']) {
      expect(status('GET', '/api/articles', search), search).toBe(400)
    }
  })

  it('answers OPTIONS on the public site itself, so no cached page ever sees one', () => {
    expect(refuseRequest('OPTIONS', '/nyhetsbrev/2021-03-31/webbversion.txt', '')).toEqual({
      status: 204,
      message: '',
      headers: { Allow: 'GET, HEAD, OPTIONS' },
    })
    expect(status('OPTIONS', '/api/articles')).toBeNull()
  })

  it('refuses writes to the public site and unknown methods anywhere with 405 and Allow', () => {
    expect(refuseRequest('POST', '/nyhetsbrev/2021-03-31/webbversion', '')).toEqual({
      status: 405,
      message: 'Metoden stöds inte här.',
      headers: { Allow: 'GET, HEAD, OPTIONS' },
    })
    for (const method of ['TRACE', 'CONNECT', 'PROPFIND', 'BREW']) {
      expect(status(method, '/')).toBe(405)
      expect(status(method, '/api/articles')).toBe(405)
    }
  })

  it('takes form POSTs on the sign-up and unsubscribe pages only', () => {
    for (const path of ['/prenumerera', '/prenumerera/bekrafta/abc.def', '/avregistrera', '/avregistrera/abc.def']) {
      expect(refuseRequest('POST', path, ''), path).toBeNull()
      expect(refuseRequest('PUT', path, '')?.headers, path).toEqual({ Allow: 'GET, HEAD, OPTIONS, POST' })
      expect(refuseRequest('OPTIONS', path, '')?.status, path).toBe(204)
    }
    for (const path of ['/prenumerera/annat', '/avregistrera/a/b', '/prenumerera/bekrafta', '/', '/sok']) expect(status('POST', path), path).toBe(405)
  })
  it("takes a provider's POST of returns on the two webhook paths, and nothing else there", () => {
    for (const path of ['/returer/webhook', '/returer/ses']) {
      expect(refuseRequest('POST', path, ''), path).toBeNull()
      expect(refuseRequest('GET', path, ''), path).toMatchObject({ status: 405, headers: { Allow: 'OPTIONS, POST' } })
      expect(refuseRequest('OPTIONS', path, '')?.status, path).toBe(204)
    }
    expect(status('POST', '/returer/annat')).toBe(405)
  })
})
