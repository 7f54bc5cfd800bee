import { expect, test } from '@playwright/test'

import { E2E_ACCOUNTS } from './fixtures/accounts'

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

test('logins from one address are limited with 429 and Retry-After; another address still logs in', async ({ request }) => {
  const tryFrom = (address: string, data: { email: string; password: string }) =>
    request.post('/api/users/login', { data, headers: { 'X-Forwarded-For': address }, failOnStatusCode: false })
  const wrong = { email: 'finns-inte@e2e.example', password: 'fel-losenord' }
  const statuses: number[] = []
  for (let i = 0; i < 20; i++) statuses.push((await tryFrom('198.51.100.7', wrong)).status())
  expect(statuses.every((s) => s === 401)).toBe(true)
  const refused = await tryFrom('198.51.100.7', E2E_ACCOUNTS.editor)
  expect(refused.status()).toBe(429)
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0)
  expect((await refused.json()).errors[0].message).toMatch(/För många inloggningsförsök/)
  expect((await tryFrom('198.51.100.8', E2E_ACCOUNTS.editor)).status()).toBe(200)
})

test('the admin cookie is HttpOnly and SameSite=Lax, and a token is refused after logout', async ({ request }) => {
  const login = await request.post('/api/users/login', { data: E2E_ACCOUNTS.editor, headers: { 'X-Forwarded-For': '198.51.100.9' } })
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
