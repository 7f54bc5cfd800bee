import { expect, test } from '@playwright/test'

import { E2E_ACCOUNTS } from '@/testing/e2eAccounts'

import { findBySlug, publish, tokenFor } from './helpers/apiAs'
import { logIn } from './helpers/logIn'

const SLUG = 'rus-verksamhet-2021'

test('an editor publishes a new title and every page shows it without a restart; unpublishing removes the page', async ({ page, request }) => {
  const token = await tokenFor(request, E2E_ACCOUNTS.editor)
  const article = await findBySlug(request, 'articles', SLUG, token)
  try {
    // Warm the caches, so the test proves revalidation rather than a first render.
    for (const path of ['/', '/nyhetsbrev/2021-03-31', `/artiklar/${SLUG}`]) await request.get(path)

    await logIn(page, E2E_ACCOUNTS.editor)
    await expect(page).toHaveURL(/\/admin\/?$/)
    await page.goto(`/admin/collections/articles/${article.id}`)
    const newTitle = `RUS verksamhet 2021 – uppdaterad ${Date.now()}`
    await page.getByRole('textbox', { name: /^Rubrik/ }).fill(newTitle)
    await page.getByRole('button', { name: 'Publicera ändringar' }).click()
    await expect(page.locator('.toast-success')).toBeVisible()

    // How fast is for `npm run bench`; here: the pages change, and nothing had to be restarted.
    for (const path of [`/artiklar/${SLUG}`, '/nyhetsbrev/2021-03-31', '/']) {
      await expect.poll(async () => (await request.get(path)).text()).toContain(newTitle)
    }

    // "Avpublicera" sits in the document's "…" menu, after the publish button and its own menu.
    await page.getByRole('button', { name: 'Publicera ändringar' }).locator('xpath=following::button[2]').click()
    await page.getByRole('button', { name: 'Avpublicera' }).click()
    await page.getByRole('button', { name: 'Bekräfta' }).click()
    await expect.poll(async () => (await request.get(`/artiklar/${SLUG}`)).status()).toBe(404)
    await expect.poll(async () => (await request.get('/nyhetsbrev/2021-03-31')).text()).not.toContain(newTitle)
  } finally {
    // The seed as it was, for the journeys that follow, whatever happened above.
    await publish(request, token, 'articles', article.id, { title: article.title })
  }
})
