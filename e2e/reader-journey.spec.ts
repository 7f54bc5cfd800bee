import { expect, test } from '@playwright/test'

import { E2E_ACCOUNTS } from '@/testing/e2eAccounts'

import { tokenFor } from './helpers/apiAs'
import { expectAccessible } from './helpers/expectAccessible'

test('a reader goes from the home page to an issue, an article and an event, and takes the calendar file', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nytt från RUS 31 mars')
  await expectAccessible(page)

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Nyhetsbrev' }).click()
  await expect(page.getByRole('heading', { level: 2, name: '2021' })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Nytt från RUS 31 mars' }).click()
  await expect(page).toHaveURL('/nyhetsbrev/2021-03-31')
  await expect(page.getByText('31 mars 2021').first()).toBeVisible()
  await expectAccessible(page)

  // A highlight jumps to its article further down the same page.
  await page.getByRole('link', { name: 'Ny kartläggning av Svenska kommuners arbete med biologisk mångfald.' }).click()
  await expect(page).toHaveURL(/#artikel-ny-kartlaggning-av-kommuners-arbete-med-biologisk-mangfald$/)
  await expect(page.locator('#artikel-ny-kartlaggning-av-kommuners-arbete-med-biologisk-mangfald')).toBeInViewport()

  await page.getByRole('link', { name: /^Referensgrupp för konsumtion och Giftfri vardag – vet du var informationen finns\?$/ }).click()
  await expect(page).toHaveURL('/artiklar/referensgrupp-for-konsumtion-och-giftfri-vardag')
  const members = page.getByRole('listitem').filter({ hasText: /miljömålssamordnare|miljöstrateg|verksamhetsledare/ })
  await expect(members).toHaveCount(6)
  await expect(members.first()).toHaveText('Marie-Helene Bergstrand, miljömålssamordnare i Halland (sammankallande)')
  await expect(page.getByRole('link', { name: 'Nytt från RUS 31 mars 2021' })).toHaveAttribute('href', '/nyhetsbrev/2021-03-31')
  await expectAccessible(page)

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Evenemang' }).click()
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Miljömålsdagarna 2021' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Miljömålsdagarna 2021')
  await expect(page.getByText('5–6 maj 2021')).toBeVisible()
  await expect(page.getByText('Livsmedel', { exact: true })).toBeVisible()
  await expectAccessible(page)

  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Lägg till i kalender' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('miljomalsdagarna-2021.ics')
  const ics = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'))
  expect(ics).toContain('BEGIN:VEVENT')
  expect(ics).toContain('SUMMARY:Miljömålsdagarna 2021')
  expect(ics).toContain('DTSTART;VALUE=DATE:20210505')
  expect(ics).toContain('DTEND;VALUE=DATE:20210507')
})

test('every public page passes axe and shares itself properly', async ({ page }) => {
  for (const path of ['/referensgrupper', '/referensgrupper/konsumtion-och-giftfri-vardag', '/tillganglighet', '/personuppgifter']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(200)
    await expectAccessible(page)
  }
  await page.goto('/artiklar/nationell-samordning-for-en-hallbar-plastanvandning')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/artiklar\/nationell-samordning-for-en-hallbar-plastanvandning$/)
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Nationell samordning för en hållbar plastanvändning')
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', /summary/)
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(jsonLd['@type']).toBe('NewsArticle')
  await expect(page.getByLabel('Länk till artikeln')).toHaveValue(/\/artiklar\/nationell-samordning-for-en-hallbar-plastanvandning$/)
  await expect(page.getByRole('link', { name: 'Dela via e-post' })).toHaveAttribute('href', /^mailto:/)
})

test('unknown and malformed addresses get a clear answer, never a server error', async ({ request }) => {
  for (const [path, status] of [
    ['/artiklar/finns-inte', 404],
    ['/artiklar/STORA', 404],
    ['/nyhetsbrev/1999-01-01', 404],
    ['/evenemang/finns-inte/kalender.ics', 404],
    ['/artiklar/%ZZ', 400],
    ['/nyhetsbrev/%00', 400],
  ] as const) {
    expect((await request.get(path)).status(), path).toBe(status)
  }
})

test('the archive pages by year: the newest years in full, a page for every year, a 404 for a year without issues', async ({ page, request }) => {
  const token = await tokenFor(request, E2E_ACCOUNTS.admin)
  const auth = { Authorization: `JWT ${token}` }
  const tag = Date.now().toString(36)
  const made: number[] = []
  try {
    for (const year of ['2016', '2017']) {
      const created = await request.post('/api/issues', {
        headers: auth,
        data: { title: `Arkivprov ${year} ${tag}`, slug: `arkivprov-${year}-${tag}`, issueDate: `${year}-06-15T10:00:00.000Z`, issueDate_tz: 'Europe/Stockholm', intro: 'Ett gammalt nummer.', sections: [], _status: 'published' },
      })
      expect(created.status()).toBe(201)
      made.push((await created.json()).doc.id)
    }
    await page.goto('/nyhetsbrev')
    await expect(page.getByRole('heading', { level: 2, name: '2021' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: '2017' })).toBeVisible()
    await expect(page.getByRole('link', { name: `Arkivprov 2016 ${tag}` })).toHaveCount(0)
    const years = page.getByRole('navigation', { name: 'Nummer år för år' })
    await expect(years.getByRole('link')).toHaveText(['2021', '2017', '2016'])
    await expectAccessible(page)
    await years.getByRole('link', { name: '2016' }).click()
    await expect(page).toHaveURL('/arkiv/2016')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nummer från 2016')
    await expect(page.getByRole('link', { name: `Arkivprov 2016 ${tag}` })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Nummer år för år' }).getByRole('link', { name: '2016' })).toHaveAttribute('aria-current', 'page')
    await expectAccessible(page)
    expect((await request.get('/arkiv/2015')).status()).toBe(404)
    expect((await request.get('/arkiv/abcd')).status()).toBe(404)
    expect(await (await request.get('/sitemap.xml')).text()).toContain('/arkiv/2016</loc>')
  } finally {
    for (const id of made) await request.delete(`/api/issues/${id}`, { headers: auth })
  }
  // Deleting expired the pages: the year is gone again.
  expect((await request.get('/arkiv/2016')).status()).toBe(404)
})
