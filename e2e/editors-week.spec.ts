import { expect, test } from '@playwright/test'

import { E2E_ACCOUNTS } from '@/testing/e2eAccounts'

import { tokenFor } from './helpers/apiAs'
import { expectAccessible } from './helpers/expectAccessible'
import { logIn } from './helpers/logIn'

/**
 * The editor's week: the next issue from the last in one click, with the sections in place; and
 * the admin's log, which shows who made it (the log is append-only: its entries stay).
 */
test('an editor makes the next issue from the last in one click; the log shows it to an admin, and only to an admin', async ({ browser, request }) => {
  test.setTimeout(120_000)
  const auth = { Authorization: `JWT ${await tokenFor(request, E2E_ACCOUNTS.admin)}` }
  let made: number | undefined
  try {
    const editor = await browser.newPage()
    await logIn(editor, E2E_ACCOUNTS.editor)
    await expect(editor).toHaveURL(/\/admin\/?$/)
    await editor.goto('/admin/collections/issues')
    await editor.getByRole('button', { name: 'Nytt nummer från det förra' }).click()
    await expect(editor).toHaveURL(/\/admin\/collections\/issues\/\d+$/, { timeout: 20_000 })
    made = Number(new URL(editor.url()).pathname.split('/').pop())
    await expect(editor.getByLabel('Rubrik', { exact: true })).toHaveValue(/^Nytt från RUS \d{1,2} \p{L}+$/u)
    await expect(editor.locator('input[name="sections.0.heading"]')).toHaveValue('AKTUELLT')
    await expect(editor.locator('input[name="sections.1.heading"]')).toHaveValue('UTBILDNING, KONFERENS OCH MÖTE')
    // An editor does not see the log.
    await editor.goto('/admin/logg')
    await expect(editor.getByRole('alert')).toHaveText('Bara administratörer ser loggen.')
    await editor.close()

    const admin = await browser.newPage()
    await logIn(admin, E2E_ACCOUNTS.admin)
    await expect(admin).toHaveURL(/\/admin\/?$/)
    await admin.goto('/admin/logg')
    await admin.getByLabel('Person (e-post)').fill(E2E_ACCOUNTS.editor.email)
    await admin.getByLabel('Vad').selectOption({ label: 'Skapat' })
    await admin.getByRole('button', { name: 'Visa' }).click()
    const row = admin.getByRole('row').filter({ hasText: 'Nytt nummer från' }).first()
    await expect(row).toContainText(E2E_ACCOUNTS.editor.email)
    await expect(row).toContainText('Skapat')
    await expectAccessible(admin, '.audit')
    await admin.close()
  } finally {
    if (made) await request.delete(`/api/issues/${made}`, { headers: auth })
  }
})
