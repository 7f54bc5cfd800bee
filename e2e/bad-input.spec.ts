import { expect, test } from '@playwright/test'

import { E2E_ACCOUNTS } from '@/testing/e2eAccounts'
import { tokenFor } from './helpers/apiAs'

/** Odd input a crawler, a typo or an attacker sends: each must get a 4xx (or a friendly 200), never a 5xx. */
const BAD_SEGMENTS = [
  'a'.repeat(2000),
  '%F0%9F%92%A9',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  '%00',
  '%E2%80%AE%E2%80%AD',
  "%27%20OR%201%3D1%20--",
  '%3Cscript%3E',
  '%C0%AE%C0%AE',
  '%',
  '99999999999999999999',
  '-1',
]

const PAGE_TEMPLATES = [
  '/artiklar/{x}',
  '/nyhetsbrev/{x}',
  '/nyhetsbrev/{x}/webbversion',
  '/nyhetsbrev/{x}/webbversion.txt',
  '/evenemang/{x}',
  '/evenemang/{x}/kalender.ics',
  '/referensgrupper/{x}',
  '/{x}',
  '/sok?q={x}&sida={x}',
  '/forhandsgranska?path={x}',
  '/forhandsgranska/nyhetsbrev/{x}/e-post.html',
  '/api/articles/{x}',
  '/api/articles?where[slug][equals]={x}&depth={x}&limit={x}',
  '/api/media/file/{x}',
]

/** The security review's list (December 2026), each a 500 before: method, path, body. */
const API_CASES: [method: string, path: string][] = [
  ['GET', '/api/articles?where[appearsIn][exists]=true'],
  ['GET', '/api/articles?sort=appearsIn'],
  ['GET', '/api/articles?page=-1'],
  ['GET', '/api/articles?where=abc'],
  ['GET', '/api/articles?where[id][in]=1,abc'],
  ['GET', '/api/articles?where[id][greater_than]=1e400'],
  ['GET', '/api/articles/99999999999999999999'],
  ['GET', '/api/articles?where[body][like]=x'],
  ['GET', '/api/articles?where[title][near]=1,2'],
  ['POST', '/api/members/versions/1'],
  ['POST', '/api/users/verify/1'],
  ['GET', '/api/media/file/missing.jpg'],
  ['GET', '/api/payload-migrations'],
  ['POST', '/api/payload-migrations'],
  ['DELETE', '/api/payload-migrations/1'],
  ['GET', '/api/globals/site-settings/versions'],
]

test('bad input in every public route and our API routes gets a clear 4xx, never a 5xx', async ({ request }) => {
  const failures: string[] = []
  for (const template of PAGE_TEMPLATES) {
    for (const segment of BAD_SEGMENTS) {
      const path = template.replaceAll('{x}', segment)
      const response = await request.get(path, { failOnStatusCode: false, maxRedirects: 0 })
      if (response.status() >= 500) failures.push(`${response.status()} GET ${path.slice(0, 90)}`)
    }
  }
  const huge = await request.get(`/sok?q=${'miljö'.repeat(1500)}`, { failOnStatusCode: false })
  if (huge.status() >= 500) failures.push(`${huge.status()} GET /sok?q=<7500 characters>`)
  expect(failures).toEqual([])
})

test('the security review’s bad requests get a 4xx with a message, anonymous and as staff', async ({ request }) => {
  const admin = { Authorization: `JWT ${await tokenFor(request, E2E_ACCOUNTS.admin)}` }
  const failures: string[] = []
  for (const headers of [{}, admin]) {
    for (const [method, path] of API_CASES) {
      const response = await request.fetch(path, { method, headers, failOnStatusCode: false })
      const body = await response.text()
      if (response.status() < 400 || response.status() >= 500 || !body) failures.push(`${response.status()} ${method} ${path}${'Authorization' in headers ? ' (admin)' : ''}`)
    }
  }
  expect(failures).toEqual([])
})

test('bodies Payload cannot read are refused with a 4xx: JSON null, strings, other types, broken forms', async ({ request }) => {
  const editor = { Authorization: `JWT ${await tokenFor(request, E2E_ACCOUNTS.editor)}` }
  const bodies: [string, string][] = [
    ['application/json', 'null'],
    ['application/json', '"a string"'],
    ['application/json', '{"name":'],
    ['text/plain', 'hej'],
    ['application/x-www-form-urlencoded', 'name=x'],
    ['application/xml', '<member><name>x</name></member>'],
    ['multipart/form-data; boundary=zzz', '--zzz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"name'],
  ]
  const failures: string[] = []
  for (const [type, data] of bodies) {
    for (const [method, path] of [['POST', '/api/members'], ['PATCH', '/api/members/1'], ['POST', '/api/graphql']] as const) {
      const status = (await request.fetch(path, { method, headers: { ...editor, 'Content-Type': type }, data, failOnStatusCode: false })).status()
      if (status < 400 || status >= 500) failures.push(`${status} ${method} ${path} ${type} ${data.slice(0, 20)}`)
    }
  }
  const bigJson = `{"query":"${'{ a }'.repeat(2 * 1024 * 1024)}"}`
  expect((await request.post('/api/graphql', { headers: { 'Content-Type': 'application/json' }, data: bigJson })).status()).toBe(413)
  expect((await request.patch('/api/articles/99999999999999999999', { headers: editor, data: { title: 'x' } })).status()).toBe(404)
  expect(failures).toEqual([])
})

test('an upload past 10 MB, or with a name that hides its type, gets a clear answer', async ({ request }) => {
  const editor = { Authorization: `JWT ${await tokenFor(request, E2E_ACCOUNTS.editor)}` }
  const big = await request.post('/api/media', {
    headers: editor,
    multipart: { file: { name: 'stor.png', mimeType: 'image/png', buffer: Buffer.alloc(11 * 1024 * 1024, 1) }, _payload: JSON.stringify({ alt: 'Stor' }) },
  })
  expect(big.status()).toBe(413)
  expect(JSON.stringify(await big.json())).toContain('Största tillåtna storlek är 10 MB')
  // A 1×1 PNG named as HTML and with a right-to-left override that shows "bildhtml.lmth"; then with a NUL.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
  const upload = (name: string) =>
    request.post('/api/media', { headers: editor, multipart: { file: { name, mimeType: 'text/html', buffer: png }, _payload: JSON.stringify({ alt: 'En pixel' }) } })
  const nul = await upload('bild\u0000.png')
  expect(nul.status()).toBe(400)
  expect(JSON.stringify(await nul.json())).toContain('Filnamnet innehåller tecken')
  const sneaky = await upload('bild\u202Elmth.html')
  expect(sneaky.status()).toBe(201)
  const doc = ((await sneaky.json()) as { doc: { id: number; filename: string } }).doc
  expect(doc.filename).toMatch(/^bildlmth(-\d+)?\.png$/)
  await request.delete(`/api/media/${doc.id}`, { headers: editor })
})

test('GraphQL answers odd questions without a server error', async ({ request }) => {
  const editor = { Authorization: `JWT ${await tokenFor(request, E2E_ACCOUNTS.editor)}` }
  for (const headers of [{}, editor]) {
    for (const query of ['{ Access { canAccessAdmin } }', '{ Articles(page: -1) { docs { title } } }', '{ Article(id: 99999999999) { title } }']) {
      expect((await request.post('/api/graphql', { headers, data: { query } })).status(), query).toBeLessThan(500)
    }
  }
})

test('GraphQL does not spell out its schema in error hints', async ({ request }) => {
  const response = await request.post('/api/graphql', { data: { query: '{ Articles { docs { titl } } }' } })
  const message = ((await response.json()) as { errors: { message: string }[] }).errors[0]?.message
  expect(message).toContain('Cannot query field "titl"')
  expect(message).not.toContain('Did you mean')
})

test('wrong and unknown methods are refused with a 4xx, and OPTIONS on the site is answered at once', async ({ request }) => {
  const failures: string[] = []
  for (const path of ['/rss.xml', '/evenemang.ics', '/nyhetsbrev/2021-03-31/webbversion', '/evenemang/miljomalsdagarna-2021/kalender.ics', '/forhandsgranska']) {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'PROPFIND'] as const) {
      const status = (await request.fetch(path, { method, failOnStatusCode: false, data: 'x' })).status()
      if (status < 400 || status >= 500) failures.push(`${status} ${method} ${path}`)
    }
  }
  for (const [method, path] of [['DELETE', '/api/articles/1'], ['POST', '/api/users'], ['PATCH', '/api/globals/site-settings'], ['TRACE', '/api/articles']] as const) {
    const status = (await request.fetch(path, { method, failOnStatusCode: false, data: {} })).status()
    if (status < 400 || status >= 500) failures.push(`${status} ${method} ${path}`)
  }
  expect(failures).toEqual([])
})

test('document-access questions tell a stranger nothing about which drafts exist', async ({ request }) => {
  const draft = await request.post('/api/articles/access/1', { failOnStatusCode: false })
  const missing = await request.post('/api/articles/access/999999', { failOnStatusCode: false })
  expect([draft.status(), missing.status()]).toEqual([403, 403])
  expect(await draft.text()).toBe(await missing.text())
})
