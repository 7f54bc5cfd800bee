import { expect, test } from '@playwright/test'

import { E2E_ACCOUNTS } from '@/testing/e2eAccounts'
import { findBySlug, tokenFor } from './helpers/apiAs'
import { expectAccessible } from './helpers/expectAccessible'
import { logIn } from './helpers/logIn'

const WEB_VERSION = '/nyhetsbrev/2021-03-31/webbversion'

test('a reader opens the web version from the issue page and follows "Läs mer på webben" to the article', async ({ page }) => {
  await page.goto('/nyhetsbrev/2021-03-31')
  const response = page.waitForResponse((r) => r.url().endsWith(WEB_VERSION))
  await page.getByRole('link', { name: 'Visa nyhetsbrevet som e-post (webbversion)' }).click()
  expect((await response).headers()['content-type']).toBe('text/html; charset=utf-8')
  await expect(page).toHaveURL(WEB_VERSION)
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv')
  await expect(page.locator('script')).toHaveCount(0)
  await expect(page.getByText('Klicka här för att läsa nyhetsbrevet i din webbläsare')).toHaveCount(0)
  await expectAccessible(page)

  // Links in the e-mail open a new tab, in a mail client and in the web version alike.
  const articleTab = page.waitForEvent('popup')
  await page.locator('#artikel-nationell-samordning-for-en-hallbar-plastanvandning').getByRole('link', { name: 'Läs mer på webben' }).click()
  const article = await articleTab
  await expect(article).toHaveURL('/artiklar/nationell-samordning-for-en-hallbar-plastanvandning')
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('Nationell samordning för en hållbar plastanvändning')
})

test('the plain-text twin and unknown issues answer properly', async ({ request }) => {
  const text = await request.get(`${WEB_VERSION}.txt`)
  expect(text.headers()['content-type']).toBe('text/plain; charset=utf-8')
  expect(await text.text()).toContain('Detta tar nyhetsbrevet bland annat upp:')
  expect((await request.get('/nyhetsbrev/1999-01-01/webbversion')).status()).toBe(404)
})

/** The documented differences between the e-mail (for the sending tool) and the web version. */
function withoutDocumentedDifferences(html: string): string {
  // The highlights: to each item's page in the e-mail, to its place on the page on the web.
  const highlights = (list: string) => list.replace(/ href="[^"]*"/g, '').replace(/ target="_(blank|self)"/g, '')
  return html
    .replace(/<link rel="canonical"[^>]*\/><meta name="robots"[^>]*\/>/, '')
    .replace(/(Detta tar nyhetsbrevet bland annat upp:[\s\S]*?<ul[^>]*>)([\s\S]*?)(<\/ul>)/, (_, start: string, list: string, end: string) => start + highlights(list) + end)
    .replace(/<p[^>]*><a [^>]*>Klicka här för att läsa nyhetsbrevet i din webbläsare<\/a><\/p>/, '')
    .replace(/<p[^>]*>(?:(?!<p).)*?avregistrera din adress(?:(?!<p).)*?<\/p>/, '')
    .replace(/href="https?:\/\/[^"#]*\/webbversion(#[^"]+)" ([^>]*)target="_blank"/g, 'href="$1" $2target="_self"')
}

test('an editor downloads the HTML from the admin and gets the public web version’s bytes', async ({ page, request }) => {
  const token = await tokenFor(request, E2E_ACCOUNTS.editor)
  const issue = await findBySlug(request, 'issues', '2021-03-31', token)
  await logIn(page, E2E_ACCOUNTS.editor)
  await expect(page).toHaveURL(/\/admin\/?$/)
  // Everything the issue editor asks the API for while it loads is answered (its relation fields
  // read their options by POST with a method override, which the API's door must let through).
  const refused: string[] = []
  page.on('response', (response) => {
    if (response.url().includes('/api/') && response.status() >= 400) refused.push(`${response.status()} ${response.request().method()} ${response.url()}`)
  })
  await page.goto(`/admin/collections/issues/${issue.id}`)
  // The admin keeps rendering for a moment after load; a click before that can be lost.
  await page.waitForLoadState('networkidle')
  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Ladda ner HTML' }).click()
  const file = await download
  expect(refused).toEqual([])
  expect(file.suggestedFilename()).toBe('nytt-fran-rus-31-mars-2021.html')
  const chunks = await (await file.createReadStream()).toArray()
  const downloaded = Buffer.concat(chunks).toString('utf8')
  expect(downloaded).toContain('{{unsubscribe}}')
  expect(downloaded).toContain('Klicka här för att läsa nyhetsbrevet i din webbläsare')
  const published = await (await request.get(WEB_VERSION)).text()
  const [a, b] = [withoutDocumentedDifferences(downloaded), withoutDocumentedDifferences(published)]
  const firstDifference = [...a].findIndex((c, i) => c !== b[i])
  expect(firstDifference === -1 && a.length === b.length, `differs at ${firstDifference}: …${a.slice(firstDifference - 80, firstDifference + 120)}…`).toBe(true)
})
