import { expect, test } from '@playwright/test'

const ARTICLE = '/artiklar/nationell-samordning-for-en-hallbar-plastanvandning'

test('an article’s share image is a 1200×630 PNG at an absolute address', async ({ page, request }) => {
  await page.goto(ARTICLE)
  for (const selector of ['meta[property="og:image"]', 'meta[name="twitter:image"]']) {
    const url = await page.locator(selector).getAttribute('content')
    expect(url, selector).toMatch(/^https?:\/\//)
    const image = await request.get(String(url))
    expect(image.status()).toBe(200)
    expect(image.headers()['content-type']).toBe('image/png')
    const bytes = await image.body()
    expect(bytes.subarray(1, 4).toString()).toBe('PNG')
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630])
  }
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
})

test('feeds, the events calendar and the sitemap are served and found from every page', async ({ page, request }) => {
  await page.goto(ARTICLE)
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/rss\.xml$/)
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/atom\.xml$/)

  const rss = await request.get('/rss.xml')
  expect(rss.headers()['content-type']).toBe('application/rss+xml; charset=utf-8')
  expect(await rss.text()).toContain('Nationell samordning för en hållbar plastanvändning')
  const atom = await request.get('/atom.xml')
  expect(atom.headers()['content-type']).toBe('application/atom+xml; charset=utf-8')

  const calendar = await (await request.get('/evenemang.ics')).text()
  expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(3)

  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain(`${ARTICLE}</loc>`)
  expect(sitemap).toContain('/nyhetsbrev/2021-03-31</loc>')
  expect(sitemap).not.toMatch(/\/admin|\/forhandsgranska|\/api\//)
  expect(await (await request.get('/robots.txt')).text()).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/)
})
