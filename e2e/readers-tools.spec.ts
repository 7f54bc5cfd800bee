import { expect, test, type APIRequestContext } from '@playwright/test'
import { XMLParser } from 'fast-xml-parser'

import { validateHtml } from './helpers/validateHtml'

const WEB_VERSION = '/nyhetsbrev/2021-03-31/webbversion'
const ARTICLE = '/artiklar/nationell-samordning-for-en-hallbar-plastanvandning'

/** Every public page, and the web version, as a reader, a crawler or a validator gets it. */
const PAGES = [
  '/',
  '/nyhetsbrev',
  '/nyhetsbrev/2021-03-31',
  ARTICLE,
  '/artiklar/rus-verksamhet-2021',
  '/artiklar/referensgrupp-for-konsumtion-och-giftfri-vardag',
  '/evenemang',
  '/evenemang/miljomalsdagarna-2021',
  '/referensgrupper',
  '/referensgrupper/konsumtion-och-giftfri-vardag',
  '/sok?q=milj%C3%B6m%C3%A5l',
  '/tillganglighet',
  '/personuppgifter',
  '/finns/inte',
  '/artiklar/finns-inte',
  WEB_VERSION,
]

test('every public page and the web version is valid HTML to the W3C Nu checker', async ({ request }) => {
  const pages: Record<string, string> = {}
  for (const path of PAGES) pages[path] = await (await request.get(path)).text()
  expect(await validateHtml(pages)).toEqual([])
})

test('the 404 page is whole without JavaScript: Swedish, titled, with its text in the HTML', async ({ request }) => {
  const response = await request.get('/artiklar/finns-inte')
  expect(response.status()).toBe(404)
  const html = await response.text()
  expect(html).toMatch(/<html lang="sv">/)
  expect(html).toContain('<title>Sidan finns inte – Nytt från RUS</title>')
  expect(html).toContain('Sidan du letar efter finns inte')
  expect(response.headers()['critical-ch']).toBeUndefined()
})

test('search results are titled by what was searched for', async ({ request }) => {
  expect(await (await request.get('/sok?q=plast')).text()).toContain('<title>Sök: plast – Nytt från RUS</title>')
  expect(await (await request.get('/sok?q=milj%C3%B6m%C3%A5l&sida=2')).text()).toMatch(/<title>Sök: miljömål( \(sida 2\))? – Nytt från RUS<\/title>/)
})

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  test('the web version never grows wider than the screen; the article’s link field is usable', async ({ page }) => {
    await page.goto(WEB_VERSION)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    await page.goto(ARTICLE)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    const field = await page.getByLabel('Länk till artikeln').boundingBox()
    expect(field?.width ?? 0).toBeGreaterThan(250)
    // The header search has a label a sighted reader sees.
    await expect(page.getByText('Sök på webbplatsen', { exact: true }).first()).toBeVisible()
  })
})

test('the web version turns dark where the reader asks for dark, and stays readable', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto(WEB_VERSION)
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(14, 27, 34)')
  await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('color', 'rgb(227, 235, 240)')
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    await page.setViewportSize({ width: 420, height: 900 })
    await page.screenshot({ path: 'public/screenshots/webbversion-mork.png' })
  }
  await page.emulateMedia({ colorScheme: 'light' })
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)')
})

test('the web version points search engines to the issue page and stays out of their index', async ({ request }) => {
  const html = await (await request.get(WEB_VERSION)).text()
  expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
  expect(html).toMatch(/<link rel="canonical" href="http:\/\/localhost:\d+\/nyhetsbrev\/2021-03-31"\/>/)
  expect(html).toContain('<meta name="robots" content="noindex, follow"/>')
})

/** The JSON-LD blocks of a page, parsed. */
async function jsonLd(request: APIRequestContext, path: string): Promise<Record<string, unknown>[]> {
  const html = await (await request.get(path)).text()
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? '{}') as Record<string, unknown>)
}

test('structured data says what is known and invents nothing', async ({ request }) => {
  const [article] = await jsonLd(request, ARTICLE)
  expect(article).toMatchObject({ '@type': 'NewsArticle', author: { '@type': 'Organization' }, publisher: { logo: { '@type': 'ImageObject' } } })
  expect((article?.image as string[])[0]).toMatch(/^http.+\/delningsbild\.png$/)

  const [days] = await jsonLd(request, '/evenemang/miljomalsdagarna-2021')
  // All day on 5–6 May: dates, not 10:00 UTC.
  expect(days).toMatchObject({ '@type': 'Event', startDate: '2021-05-05', endDate: '2021-05-06', eventStatus: 'https://schema.org/EventScheduled' })

  const [meeting] = await jsonLd(request, '/evenemang/skype-mote-konsumtion-och-giftfri-vardag-maj-2021')
  // "slutet av maj": no scheduled start at all.
  expect(meeting).not.toHaveProperty('startDate')
  expect(meeting).not.toHaveProperty('eventStatus')

  const [issue] = await jsonLd(request, '/nyhetsbrev/2021-03-31')
  expect(issue).toMatchObject({ '@type': 'PublicationIssue', datePublished: '2021-03-31', isPartOf: { '@type': 'Periodical', name: 'Nytt från RUS' } })
  expect((issue?.hasPart as unknown[]).length).toBe(9)
})

test('every page shares with a card of its own or the site’s', async ({ request }) => {
  for (const path of ['/', '/nyhetsbrev', '/evenemang', '/referensgrupper', '/tillganglighet', '/personuppgifter']) {
    const image = /<meta property="og:image" content="([^"]+)"/.exec(await (await request.get(path)).text())?.[1]
    expect(image, path).toMatch(/\/delningsbild\.png$/)
    const png = await request.get(String(image))
    expect(png.headers()['content-type'], path).toBe('image/png')
  }
})

test('Atom is valid to the rules the W3C validator checks: authors, their own dates, Swedish', async ({ request }) => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })
  const { feed } = parser.parse(await (await request.get('/atom.xml')).text())
  expect(feed['@xml:lang']).toBe('sv')
  expect(feed.author.name).toBe('RUS – Regional utveckling och samverkan i miljömålssystemet')
  const entries = feed.entry as { author?: { name: string }; updated: string; published?: string }[]
  expect(entries.length).toBeGreaterThan(1)
  for (const entry of entries) {
    expect(entry.author?.name).toBeTruthy()
    expect(entry.published?.slice(0, 10)).toBe('2021-03-31')
    expect(Date.parse(entry.updated)).toBeGreaterThanOrEqual(Date.parse(entry.published ?? ''))
  }
})

test('calendars fold their lines at 75 octets, and robots may fetch the images', async ({ request }) => {
  const ics = await (await request.get('/evenemang.ics')).text()
  expect(ics.split('\r\n').filter((line) => Buffer.byteLength(line, 'utf8') > 75)).toEqual([])
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain('Allow: /api/media/file/')
  expect(robots).toContain('Disallow: /api/')
})
