import { expect, test } from '@playwright/test'

import { E2E_ACCOUNTS } from '@/testing/e2eAccounts'
import { logIn } from './helpers/logIn'

test('an editor logs in through the login form and sees the dashboard', async ({ page }) => {
  await logIn(page, E2E_ACCOUNTS.editor)
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByRole('banner').getByText('Översikt')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Logga ut' })).toBeVisible()
  // An editor manages content, not accounts: the users list shows them nobody but themselves.
  await page.goto('/admin/collections/users')
  await expect(page.getByRole('link', { name: E2E_ACCOUNTS.editor.email })).toBeVisible()
  await expect(page.getByText(E2E_ACCOUNTS.admin.email)).toHaveCount(0)
})

test('a wrong password is refused with a message', async ({ page }) => {
  await logIn(page, { email: E2E_ACCOUNTS.editor.email, password: 'fel-losenord-igen' })
  await expect(page.getByText('E-postadressen eller lösenordet som angivits är felaktigt.')).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/login/)
})

test.describe('with an English browser', () => {
  test.use({ locale: 'en-US', extraHTTPHeaders: { 'Accept-Language': 'en-US,en;q=0.9' } })

  test('the admin still speaks Swedish by default', async ({ page }) => {
    await page.goto('/admin/login')
    await expect(page.getByRole('button', { name: 'Logga in' })).toBeVisible()
    await expect(page.getByLabel('Lösenord')).toBeVisible()
  })
})
