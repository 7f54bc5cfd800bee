import { expect, test } from '@playwright/test'

import { E2E_ACCOUNTS } from '@/testing/e2eAccounts'

import { findBySlug, publish, tokenFor } from './helpers/apiAs'
import { logIn } from './helpers/logIn'

const SLUG = 'lansstyrelsernas-nyhetsbrev-om-agenda-2030'

test('an editor sees what a reader would stumble on, and is asked again on publishing', async ({ page, request }) => {
  const token = await tokenFor(request, E2E_ACCOUNTS.editor)
  const article = await findBySlug(request, 'articles', SLUG, token)
  try {
    await logIn(page, E2E_ACCOUNTS.editor)
    await expect(page).toHaveURL(/\/admin\/?$/)
    await page.goto(`/admin/collections/articles/${article.id}`)
    const check = page.getByRole('region', { name: 'Tillgänglighet' })
    await expect(check).toContainText('Läs mer-länkar')
    await expect(check).toContainText('Länktexten ”Senaste nyhetsbrevet hittar du här” säger inte vart länken leder')
    if (process.env.UPDATE_SCREENSHOTS === '1') await check.screenshot({ path: 'public/screenshots/tillganglighetskontroll.png' })

    // A change, then publish: the check comes back as a question.
    const title = page.getByRole('textbox', { name: /^Rubrik/ })
    await title.fill(`${article.title} (granskad)`)
    await page.getByRole('button', { name: 'Publicera ändringar' }).click()
    const question = page.getByRole('alertdialog', { name: 'Publicera trots tillgänglighetsbrister?' })
    await expect(question).toContainText('Senaste nyhetsbrevet hittar du här')
    await question.getByRole('button', { name: 'Rätta först' }).click()
    await expect(question).toBeHidden()
    await expect.poll(async () => (await request.get(`/artiklar/${SLUG}`)).text()).not.toContain('(granskad)')

    await page.getByRole('button', { name: 'Publicera ändringar' }).click()
    await question.getByRole('button', { name: 'Publicera ändå' }).click()
    await expect(page.locator('.toast-success')).toBeVisible()
    await expect.poll(async () => (await request.get(`/artiklar/${SLUG}`)).text()).toContain('(granskad)')
  } finally {
    await publish(request, token, 'articles', article.id, { title: article.title })
  }
})
