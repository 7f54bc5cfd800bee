import { expect, test } from '@playwright/test'

import { expectAccessible } from './helpers/expectAccessible'

test('the home page is in Swedish and accessible', async ({ page }) => {
  const response = await page.goto('/')
  expect(response?.status()).toBe(200)
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv')
  // The latest issue's title: the empty fallback heading ("Nytt från RUS") would not do.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nytt från RUS 31 mars')
  await expect(page.getByRole('link', { name: 'Hoppa till innehållet' })).toBeAttached()
  await expectAccessible(page)
})

test('an unknown address gives a Swedish 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/finns/inte')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte')
  await page.getByRole('link', { name: 'Till startsidan' }).click()
  await expect(page).toHaveURL('/')
  await expectAccessible(page)
})
