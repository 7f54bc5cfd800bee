import { expect, test } from '@playwright/test'

import { E2E_ACCOUNTS } from '@/testing/e2eAccounts'

import { tokenFor } from './helpers/apiAs'
import { expectAccessible } from './helpers/expectAccessible'
import { logIn } from './helpers/logIn'

test('an editor imports a CSV into a list: the dry run by line, then the import with its progress, then the export', async ({ page, request }) => {
  const tag = `${Date.now().toString(36)}`
  const csv = ['e-post;namn;organisation', `ny1-${tag}@example.se;Ny Ett;Länsstyrelsen Gotland`, `ny2-${tag}@example.se;Ny Två;`, 'fel adress', `ny1-${tag}@example.se;Dubblett;`].join('\r\n')
  const token = await tokenFor(request, E2E_ACCOUNTS.admin)
  const auth = { Authorization: `JWT ${token}` }
  try {
    await logIn(page, E2E_ACCOUNTS.editor)
    await expect(page).toHaveURL(/\/admin\/?$/)
    await page.goto('/admin/collections/subscriber-imports/create')
    await page.getByLabel('Välj en CSV-fil').setInputFiles({ name: `kontakter-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`, 'utf8') })
    await expect(page.getByText('5 rader. Spara för att provköra importen.')).toBeVisible()
    await page.locator('#field-list').click()
    await page.getByRole('option', { name: 'RUS arbetsgrupp' }).click()
    await page.getByRole('button', { name: 'Spara' }).click()

    const report = page.getByRole('table').filter({ hasText: 'Provkörning: 4 rader i filen' })
    await expect(report).toBeVisible()
    await expect(report.getByRole('row', { name: 'Nya adresser 2' })).toBeVisible()
    await expect(report.getByRole('row', { name: 'Ogiltiga rader 1' })).toBeVisible()
    await expect(report.getByRole('row', { name: 'Dubbletter i filen 1' })).toBeVisible()
    await page.getByText('Rader som inte importeras (2)').click()
    await expect(page.getByRole('row', { name: '4 fel adress Ogiltig adress' })).toBeVisible()
    await expectAccessible(page, '.import-panel')

    await page.getByRole('button', { name: 'Importera 2 adresser' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Klar: 2 av 2 rader' })).toBeVisible({ timeout: 30_000 })

    const stored = await (await request.get(`/api/subscribers?where[email][like]=${tag}&depth=0`, { headers: auth })).json()
    expect(stored.docs.map((d: { email: string }) => d.email).sort()).toEqual([`ny1-${tag}@example.se`, `ny2-${tag}@example.se`])
    const list = (await (await request.get(`/api/mailing-lists?where[name][equals]=RUS arbetsgrupp`, { headers: auth })).json()).docs[0]
    const exported = await request.get(`/api/mailing-lists/${list.id}/export`, { headers: auth })
    expect(await exported.text()).toContain(`ny1-${tag}@example.se;Ny Ett;Länsstyrelsen Gotland`)
  } finally {
    await request.delete(`/api/subscribers?where[email][like]=${tag}`, { headers: auth })
    await request.delete(`/api/subscriber-imports?where[title][like]=${tag}`, { headers: auth })
  }
})
