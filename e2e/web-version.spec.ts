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

test('the March 2021 web version is the e-mail as sent, while the group and the event say they are closed', async ({ page }) => {
  await page.goto(WEB_VERSION)
  await expect(page.getByText('Vill du också delta i nätverket/referensgruppen?')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Anmäl dig här' })).toBeVisible()
  await page.goto('/nyhetsbrev/2021-03-31')
  await expect(page.getByRole('heading', { name: 'Skickat 31 mars 2021' })).toBeVisible()
  await page.getByRole('link', { name: 'Läs nyhetsbrevet så som det skickades' }).click()
  await expect(page).toHaveURL(`${WEB_VERSION}/1`)
  await expect(page.getByRole('link', { name: 'Anmäl dig här' })).toBeVisible()
  await page.goto('/referensgrupper/konsumtion-och-giftfri-vardag')
  await expect(page.getByText('Vill du också delta i nätverket/referensgruppen?')).toHaveCount(0)
  await expect(page.getByText('Gruppen tog emot intresseanmälningar till och med 30 april 2021. Den möjligheten är stängd.')).toBeVisible()
  await page.goto('/evenemang/miljomalsdagarna-2021')
  await expect(page.getByRole('link', { name: 'Anmäl dig här' })).toHaveCount(0)
  await expect(page.getByText('Anmälan är stängd.')).toBeVisible()
})

test('a publisher publishes a correction of a sent issue: the note on the web version and the issue page, the first copy unchanged', async ({ page, request }) => {
  // Two passes through the admin and two axe checks: longer than the default on a busy machine.
  test.setTimeout(90_000)
  const tag = Date.now().toString(36)
  const token = await tokenFor(request, E2E_ACCOUNTS.admin)
  const auth = { Authorization: `JWT ${token}` }
  let issueId: number | undefined
  try {
    const created = await request.post('/api/issues', {
      headers: auth,
      data: { title: `Nytt från RUS rättelseprov ${tag}`, slug: `rattelseprov-${tag}`, issueDate: '2019-04-15T10:00:00.000Z', issueDate_tz: 'Europe/Stockholm', intro: 'Webbinariet är den 27 maj.', sections: [], _status: 'published' },
    })
    expect(created.status()).toBe(201)
    issueId = (await created.json()).doc.id as number
    const slug = `rattelseprov-${tag}`

    await logIn(page, E2E_ACCOUNTS.publisher)
    await expect(page).toHaveURL(/\/admin\/?$/)
    await page.goto(`/admin/collections/issues/${issueId}`)
    const panel = page.getByRole('region', { name: 'Skicka' })
    await expect(panel.getByText('Numret har inte skickats.')).toBeVisible()
    // The admin may still mount the panel again while it loads the document, closing the folded
    // part the click opened (a full run once hung here): open it until it stays open.
    const sentOn = panel.getByLabel('Skickades den')
    await expect(async () => {
      if (!(await sentOn.isVisible())) await panel.getByText('Skickat med ett annat verktyg?').click()
      expect(await sentOn.isVisible()).toBe(true)
    }).toPass()
    await sentOn.fill('2019-04-16')
    await panel.getByLabel('Till (frivilligt)').fill('RUS kontaktlistor via Paloma')
    await panel.getByRole('button', { name: 'Markera som skickat' }).click()
    await expect(panel.getByText('Skickat 16 april 2019')).toBeVisible()
    const first = await (await request.get(`/nyhetsbrev/${slug}/webbversion/1`)).text()
    expect(first).toContain('Webbinariet är den 27 maj.')

    // The fix is published as usual, then made the record with a note.
    const fixed = await request.patch(`/api/issues/${issueId}`, { headers: auth, data: { intro: 'Webbinariet är den 28 maj.', _status: 'published' } })
    expect(fixed.status()).toBe(200)
    expect(await (await request.get(`/nyhetsbrev/${slug}/webbversion`)).text()).toBe(first)
    await page.reload()
    await panel.getByLabel('Rättelse').fill('Fel datum för webbinariet')
    await expectAccessible(page, '.sending-panel')
    await panel.getByRole('button', { name: 'Publicera rättelse' }).click()
    await expect(panel.getByText(/Rättat .*: Fel datum för webbinariet/)).toBeVisible()

    await page.goto(`/nyhetsbrev/${slug}/webbversion`)
    const box = page.locator('table', { has: page.getByRole('heading', { name: 'Rättelser' }) }).last()
    await expect(box).toContainText('Det här nyhetsbrevet skickades 16 april 2019 och har rättats i efterhand:')
    await expect(box).toContainText('Fel datum för webbinariet')
    await expect(page.getByText('Webbinariet är den 28 maj.').last()).toBeVisible()
    await expectAccessible(page)
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      await page.setViewportSize({ width: 700, height: 700 })
      await page.screenshot({ path: 'public/screenshots/rattelse.png' })
    }
    await expect(page.getByRole('link', { name: 'Läs nyhetsbrevet så som det först skickades' })).toHaveAttribute('href', new RegExp(`/nyhetsbrev/${slug}/webbversion/1$`))
    expect(await (await request.get(`/nyhetsbrev/${slug}/webbversion/1`)).text()).toBe(first)

    await page.goto(`/nyhetsbrev/${slug}`)
    await expect(page.getByRole('heading', { name: 'Rättelser' })).toBeVisible()
    await expect(page.getByRole('listitem').filter({ hasText: 'Fel datum för webbinariet' })).toBeVisible()
    expect((await request.get(`/nyhetsbrev/${slug}/webbversion/3`)).status()).toBe(404)
  } finally {
    // A sent issue stays in the record: it can only be taken off the site.
    if (issueId) await request.patch(`/api/issues/${issueId}`, { headers: auth, data: { _status: 'draft' } })
  }
})
