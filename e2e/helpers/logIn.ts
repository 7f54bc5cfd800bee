import type { Page } from '@playwright/test'

/** Logs in through the admin's own login form, as an editor would. */
export async function logIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto('/admin/login')
  await page.getByLabel('E-post').fill(account.email)
  await page.getByLabel('Lösenord').fill(account.password)
  await page.getByRole('button', { name: 'Logga in' }).click()
}
