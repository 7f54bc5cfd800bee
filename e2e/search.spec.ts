import { expect, test } from '@playwright/test'

import { expectAccessible } from './helpers/expectAccessible'
import { getFrom } from './helpers/fromAddress'

test('a reader searches "plast" from the header and lands on the plastic article', async ({ page }) => {
  await page.goto('/')
  const search = page.getByRole('search', { name: 'Snabbsök' })
  await search.getByRole('searchbox').fill('plast')
  await search.getByRole('button').click()
  await expect(page).toHaveURL('/sok?q=plast')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sök')
  const firstHit = page.getByRole('main').getByRole('listitem').first()
  await expect(firstHit.locator('mark').first()).toBeVisible()
  await expectAccessible(page)
  await firstHit.getByRole('link', { name: 'Nationell samordning för en hållbar plastanvändning' }).click()
  await expect(page).toHaveURL('/artiklar/nationell-samordning-for-en-hallbar-plastanvandning')
})

test('"miljömål" finds what says "miljömålsarbete", and hostile queries get a friendly page', async ({ page, request }) => {
  await page.goto('/sok?q=milj%C3%B6m%C3%A5l')
  await expect(page.getByRole('main')).toContainText(/\d+ träffar? för ”miljömål”/)
  await expect(page.getByRole('link', { name: 'Nytt från RUS 31 mars' })).toBeVisible()
  for (const q of ['', '%26%7C!()%3A*%27%22%5C', `${'a'.repeat(5000)}`, '%27%20OR%201%3D1%20--']) {
    const response = await request.get(`/sok?q=${q}&sida=-3`)
    expect(response.status(), q.slice(0, 20)).toBe(200)
  }
  await page.goto('/sok?q=')
  await expect(page.getByText('Skriv ett eller flera ord att söka efter.')).toBeVisible()
})

test('one client searching in a loop is held back, and nobody else is', async () => {
  // Each run takes loopback addresses of its own, so a rerun against the same server starts afresh.
  const octet = 100 + (Math.floor(Date.now() / 1000) % 100)
  const [flooder, neighbour] = [`127.0.${octet}.10`, `127.0.${octet}.11`]
  const statuses: number[] = []
  for (let i = 0; i < 61; i++) statuses.push((await getFrom(flooder, `/sok?q=plast${i % 3 ? '' : '+samordning'}`)).status)
  expect(statuses.slice(0, 60).every((status) => status === 200)).toBe(true)
  const held = await getFrom(flooder, '/sok?q=plast')
  expect(held.status).toBe(429)
  expect(Number(held.headers['retry-after'])).toBeGreaterThan(0)
  expect(held.text).toContain('Det har kommit många sökningar härifrån på kort tid.')
  // The empty search page is not a search, and the neighbour searches as usual.
  expect((await getFrom(flooder, '/sok')).status).toBe(200)
  const other = await getFrom(neighbour, '/sok?q=plast')
  expect(other.status).toBe(200)
  expect(other.text).toContain('Nationell samordning för en hållbar plastanvändning')
})
