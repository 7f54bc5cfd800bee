import { expect, test } from '@playwright/test'

import { E2E_ACCOUNTS } from '@/testing/e2eAccounts'
import { postFrom } from './helpers/fromAddress'
import { tokenFor } from './helpers/apiAs'

test('public responses carry the security headers; the web version allows no script at all', async ({ request }) => {
  for (const path of ['/', '/artiklar/nationell-samordning-for-en-hallbar-plastanvandning', '/sok?q=plast', '/rss.xml']) {
    const headers = (await request.get(path)).headers()
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'self'")
    expect(headers['content-security-policy'], path).toContain("object-src 'none'")
  }
  const webVersion = (await request.get('/nyhetsbrev/2021-03-31/webbversion')).headers()['content-security-policy']
  expect(webVersion).toContain("default-src 'none'")
  expect(webVersion).not.toContain('script-src')
  expect((await request.get('/admin/login')).headers()['x-frame-options']).toBe('SAMEORIGIN')
})

test('failed logins from one address are limited with 429, whatever X-Forwarded-For it sends; another address still logs in', async () => {
  const wrong = { email: E2E_ACCOUNTS.editor.email, password: 'fel-losenord-igen' }
  const statuses: number[] = []
  // A new made-up address in the header on every try: before, each one counted as a new client.
  for (let i = 0; i < 10; i++) statuses.push((await postFrom('127.0.0.2', '/api/users/login', wrong, { 'X-Forwarded-For': `203.0.113.${i}` })).status)
  expect(statuses).toEqual(Array(10).fill(401))
  const refused = await postFrom('127.0.0.2', '/api/users/login', E2E_ACCOUNTS.editor, { 'X-Forwarded-For': '203.0.113.99' })
  expect(refused.status).toBe(429)
  expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
  expect(refused.json.errors?.[0]?.message).toMatch(/För många inloggningsförsök/)
  // The account was not locked: its owner, elsewhere, logs in.
  expect((await postFrom('127.0.0.3', '/api/users/login', E2E_ACCOUNTS.editor)).status).toBe(200)
})

test('GraphQL logins and password resets count against the same limit', async () => {
  const login = (password: string) => ({ query: `mutation { loginUser(email: "${E2E_ACCOUNTS.editor.email}", password: "${password}") { token } }` })
  for (let i = 0; i < 9; i++) await postFrom('127.0.0.4', '/api/graphql', login('fel-losenord-igen'))
  await postFrom('127.0.0.4', '/api/graphql', { query: `mutation { forgotPasswordUser(email: "${E2E_ACCOUNTS.editor.email}") }` })
  const refused = await postFrom('127.0.0.4', '/api/graphql', login(E2E_ACCOUNTS.editor.password))
  expect(refused.json.errors?.[0]?.message).toMatch(/För många inloggningsförsök/)
  expect(JSON.stringify(refused.json)).not.toMatch(/"token":"ey/)
})

test('a cookie sent from another site counts for nothing: no write, no GET that changes state', async ({ request }) => {
  const token = await tokenFor(request, E2E_ACCOUNTS.editor)
  const cookie = `payload-token=${token}`
  const foreign = await request.post('/api/members', { headers: { Cookie: cookie, Origin: 'https://evil.example' }, data: { name: 'Från en annan webbplats' } })
  expect(foreign.status()).toBe(403)
  const own = await request.post('/api/members', { headers: { Cookie: cookie, Origin: new URL(test.info().project.use.baseURL ?? '').origin }, data: { name: 'Från webbplatsen själv' } })
  try {
    expect(own.status()).toBe(201)
  } finally {
    const member = ((await own.json()) as { doc?: { id: number } }).doc
    if (member) await request.delete(`/api/members/${member.id}`, { headers: { Authorization: `JWT ${token}` } })
  }
  // Running the job queue by a GET is for no account, an editor's included.
  expect((await request.get('/api/payload-jobs/run', { headers: { Authorization: `JWT ${token}` } })).status()).toBeGreaterThanOrEqual(400)
})

test('the admin cookie is HttpOnly and SameSite=Lax, and a token is refused after logout', async ({ request }) => {
  const login = await request.post('/api/users/login', { data: E2E_ACCOUNTS.editor })
  expect(login.status()).toBe(200)
  const cookie = login.headers()['set-cookie'] ?? ''
  expect(cookie).toMatch(/payload-token=/)
  expect(cookie).toMatch(/HttpOnly/i)
  expect(cookie).toMatch(/SameSite=Lax/i)
  const { token } = (await login.json()) as { token: string }
  const auth = { Authorization: `JWT ${token}` }
  expect((await (await request.get('/api/users/me', { headers: auth })).json()).user?.email).toBe(E2E_ACCOUNTS.editor.email)
  expect((await request.post('/api/users/logout', { headers: auth })).status()).toBe(200)
  expect((await (await request.get('/api/users/me', { headers: auth })).json()).user).toBeNull()
})

test('a flood of anonymous API calls is answered 200 or 503 with Retry-After, never 500, while readers get their pages', async ({ request }) => {
  const query = JSON.stringify({ query: '{ Articles(limit: 100) { docs { title lead } } Issues(limit: 10) { docs { title } } }' })
  const call = () =>
    fetch(`http://127.0.0.1:${process.env.E2E_PORT ?? 3100}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: query })
      .then(async (response) => ({ status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.text() }))
  const flood = Promise.all(Array.from({ length: 150 }, call))
  const page = await request.get('/nyhetsbrev')
  const answers = await flood
  expect(page.status()).toBe(200)
  expect(answers.filter((a) => a.status !== 200 && a.status !== 503)).toEqual([])
  const busy = answers.filter((a) => a.status === 503)
  expect(busy.length).toBeGreaterThan(0)
  expect(busy[0]).toMatchObject({ retryAfter: '2', body: expect.stringContaining('Tjänsten har många frågor just nu.') })
  expect(answers.filter((a) => a.status === 200).length).toBeGreaterThan(0)
  // The lane is free again.
  expect((await call()).status).toBe(200)
})
