import path from 'node:path'

import { expect, test } from '@playwright/test'

import { ROOT } from '@/scripts/lib/paths'

import { expectAccessible } from './helpers/expectAccessible'
import { logIn } from './helpers/logIn'
import { createWorld, WORLD_EDITOR } from './helpers/world'

const SEED_TEXT = path.join(ROOT, 'seed/march2021/source.txt')
const DECEMBER = path.join(ROOT, 'pastIssues/fixtures/2020-12.eml')

/**
 * "Importera nummer" as on a fresh clone (a world of its own: migrated and seeded like `npm
 * start`, thrown away after): the seed's text is recognised as the issue already there, an e-mail
 * becomes a draft, reviewed beside its original and published as sent on its own day — the
 * archive, the issue page and the record of what was sent then show it.
 */
test('an editor reads in past issues, reviews the draft beside its original and publishes it as sent on its day', async ({ browser }) => {
  test.setTimeout(240_000)
  const world = await createWorld()
  try {
    const site = await world.start()
    const context = await browser.newContext({ baseURL: site.origin })
    const page = await context.newPage()
    await logIn(page, WORLD_EDITOR)
    await expect(page).toHaveURL(/\/admin\/?$/)
    await page.goto('/admin/importera')
    await expect(page.getByRole('heading', { level: 1, name: 'Importera nummer' })).toBeVisible()
    await expect(page.getByRole('cell', { name: 'Inga nummer inlästa ännu.' })).toBeVisible()
    await expectAccessible(page, '.past-issues')

    await page.getByLabel('Filer (.txt, .html, .eml eller .zip, högst 5 MB per nummer)').setInputFiles([SEED_TEXT, DECEMBER])
    await page.getByRole('button', { name: 'Läs in' }).click()
    const results = page.locator('.past-issues__results')
    await expect(results.getByRole('listitem').filter({ hasText: 'source.txt' })).toContainText('numret för den dagen finns redan på webbplatsen.')
    await expect(results.getByRole('listitem').filter({ hasText: '2020-12.eml' })).toContainText('utkast skapat')
    await results.getByRole('link', { name: 'granska ”Nytt från RUS” (2020-12-03)' }).click()

    await expect(page.getByRole('heading', { level: 1, name: 'Granska ”Nytt från RUS”' })).toBeVisible()
    const original = page.frameLocator('iframe[title="Originalet: Nytt från RUS"]')
    await expect(original.getByText('Regional uppföljning 2020 är inlämnad', { exact: true })).toBeVisible()
    const draft = page.getByRole('region', { name: 'Utkastet' })
    await expect(draft.getByRole('listitem').filter({ hasText: 'Datumet är e-postens sändningsdag' })).toBeVisible()
    await expect(draft.getByRole('link', { name: 'Regional uppföljning 2020 är inlämnad' })).toHaveAttribute('href', /^\/admin\/collections\/articles\/\d+$/)
    await expect(draft.getByRole('link', { name: 'Webbinarium om målkonflikter' })).toHaveAttribute('href', /^\/admin\/collections\/events\/\d+$/)
    // The original is what Paloma sent, shown in a frame that runs nothing: the page around it is ours.
    await expectAccessible(page, '.past-issues', { exclude: '.past-issues__original' })
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      await page.setViewportSize({ width: 1400, height: 1100 })
      await page.screenshot({ path: 'public/screenshots/import-granskning.png' })
    }
    // Nothing is public before the approval.
    expect((await fetch(`${site.origin}/nyhetsbrev/2020-12-03`)).status).toBe(404)

    await draft.getByRole('button', { name: 'Godkänn och publicera som skickat 2020-12-03' }).click()
    await expect(draft.getByText('Publicerat som skickat.')).toBeVisible({ timeout: 20_000 })

    // A reader's view, in a context of its own: the archive, the issue page, the e-mail as sent.
    const reader = await browser.newPage({ baseURL: site.origin })
    await reader.goto('/nyhetsbrev/2020-12-03')
    await expect(reader.getByRole('heading', { level: 1, name: 'Nytt från RUS' })).toBeVisible()
    await expect(reader.getByRole('heading', { name: /Skickat 3 december 2020/ })).toBeVisible()
    await expect(reader.getByRole('link', { name: 'Regional uppföljning 2020 är inlämnad', exact: true })).toBeVisible()
    const sent = await reader.request.get('/nyhetsbrev/2020-12-03/webbversion/1')
    expect(sent.status()).toBe(200)
    const html = await sent.text()
    expect(html).toContain('Vill du också delta i nätverket? Svar önskas till:')
    expect(html).not.toMatch(/onclick|public\.paloma\.se\/unsubscribe/)
    await reader.goto('/nyhetsbrev')
    await expect(reader.locator('main a[href="/nyhetsbrev/2020-12-03"]').first()).toBeVisible()
    await reader.close()
    await context.close()
  } finally {
    await world.dispose()
  }
})
