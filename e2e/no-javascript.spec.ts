import { expect, test } from '@playwright/test'

import { E2E_ACCOUNTS } from '@/testing/e2eAccounts'

import { findBySlug, publish, tokenFor } from './helpers/apiAs'
import { logIn } from './helpers/logIn'

const ARTICLE = '/artiklar/nationell-samordning-for-en-hallbar-plastanvandning'

/** Every reader's page, with the one script it may load. */
const PAGES: [path: string, scripts: string[]][] = [
  ['/', []],
  ['/nyhetsbrev', []],
  ['/nyhetsbrev/2021-03-31', []],
  [ARTICLE, ['/skript/dela.js']],
  ['/evenemang', []],
  ['/evenemang/miljomalsdagarna-2021', []],
  ['/referensgrupper', []],
  ['/referensgrupper/konsumtion-och-giftfri-vardag', []],
  ['/sok?q=plast', []],
  ['/tillganglighet', []],
  ['/personuppgifter', []],
  ['/prenumerera', []],
  ['/avregistrera', []],
  ['/finns/inte', []],
]

test('readers’ pages are finished HTML: no framework runtime, no inline script, a CSP without unsafe-inline', async ({ page, request }) => {
  for (const [path, allowed] of PAGES) {
    const response = await request.get(path)
    const html = await response.text()
    // JSON-LD is data, not a script: every other <script> must be an allowed external file.
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? '').filter((attrs) => !attrs.includes('application/ld+json'))
    expect(scripts.map((attrs) => /src="([^"]+)"/.exec(attrs)?.[1] ?? 'inline'), path).toEqual(allowed)
    expect(html, path).not.toContain('/_next/static/')
    const policy = response.headers()['content-security-policy'] ?? ''
    expect(policy, path).toContain("script-src 'self'")
    expect(policy, path).not.toContain('unsafe-inline')
    expect(policy, path).toMatch(/style-src 'sha256-/)
  }
  // The inline stylesheet is the one its hash allows: the page is styled (the header is the brand colour).
  await page.goto('/')
  await expect(page.getByRole('banner')).toHaveCSS('background-color', 'rgb(12, 60, 82)')
})

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false })

  test('a reader reads, searches and shares as well', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nytt från RUS 31 mars')
    await page.getByRole('search', { name: 'Snabbsök' }).getByRole('searchbox').fill('plast')
    await page.getByRole('search', { name: 'Snabbsök' }).getByRole('button').click()
    await expect(page).toHaveURL('/sok?q=plast')
    await page.getByRole('link', { name: 'Nationell samordning för en hållbar plastanvändning' }).click()
    await expect(page.getByLabel('Länk till artikeln')).toHaveValue(/\/artiklar\/nationell-samordning-for-en-hallbar-plastanvandning$/)
    // The copy button needs the script; without it there is the link to select, and no dead button.
    await expect(page.getByRole('button', { name: 'Kopiera länk' })).toBeHidden()
    const notFound = await page.goto('/finns/inte')
    expect(notFound?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte')
  })
})

test('the copy-link button appears with its script, and copies the link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(ARTICLE)
  await page.getByRole('button', { name: 'Kopiera länk' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Länken är kopierad.' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/artiklar\/nationell-samordning-for-en-hallbar-plastanvandning$/)
})

test('an editor previews a draft in draft mode, the page reloads when the admin says it saved, and readers see none of it', async ({ page, request }) => {
  const token = await tokenFor(request, E2E_ACCOUNTS.editor)
  const article = await findBySlug(request, 'articles', ARTICLE.split('/').pop() ?? '', token)
  const draftTitle = `Utkast till förhandsgranskning ${Date.now()}`
  try {
    const saved = await request.patch(`/api/articles/${article.id}?draft=true`, { headers: { Authorization: `JWT ${token}` }, data: { title: draftTitle } })
    expect(saved.status()).toBe(200)
    await logIn(page, E2E_ACCOUNTS.editor)
    await expect(page).toHaveURL(/\/admin\/?$/)
    await page.goto(`/forhandsgranska?path=${encodeURIComponent(ARTICLE)}`)
    await expect(page).toHaveURL(ARTICLE)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(draftTitle)
    await expect(page.getByText('Förhandsgranskning: du ser utkast som inte är publicerade.')).toBeVisible()
    expect(await page.locator('script[src="/skript/forhandsgranska.js"]').count()).toBe(1)
    // The admin's live preview posts this when the editor saves: the page reloads itself.
    const reloaded = page.waitForEvent('load')
    await page.evaluate(() => window.postMessage({ type: 'payload-document-event' }, window.location.origin))
    await reloaded

    const reader = await (await request.get(ARTICLE)).text()
    expect(reader).not.toContain(draftTitle)
    expect(reader).not.toContain('forhandsgranska.js')
  } finally {
    await publish(request, token, 'articles', article.id, { title: article.title })
  }
})
