import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { expect, test } from '@playwright/test'

import { link, paragraph, richText } from '@/content/richText/build'
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
    const editorContext = await browser.newContext()
    const editor = await editorContext.newPage()
    await logIn(editor, E2E_ACCOUNTS.editor)
    await expect(editor).toHaveURL(/\/admin\/?$/)
    await editor.goto('/admin/collections/issues')
    await editor.getByRole('button', { name: 'Nytt nummer från det förra' }).click()
    await expect(editor).toHaveURL(/\/admin\/collections\/issues\/\d+$/, { timeout: 20_000 })
    made = Number(new URL(editor.url()).pathname.split('/').pop())
    await expect(editor.locator('#field-title')).toHaveValue(/^Nytt från RUS \d{1,2} \p{L}+$/u)
    await expect(editor.locator('input[name="sections.0.heading"]')).toHaveValue('AKTUELLT')
    await expect(editor.locator('input[name="sections.1.heading"]')).toHaveValue('UTBILDNING, KONFERENS OCH MÖTE')
    // An editor does not see the log.
    await editor.goto('/admin/logg')
    await expect(editor.locator('.audit').getByRole('alert')).toHaveText('Bara administratörer ser loggen.')
    await editorContext.close()

    const adminContext = await browser.newContext()
    const admin = await adminContext.newPage()
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
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      await admin.setViewportSize({ width: 1400, height: 900 })
      await admin.screenshot({ path: 'public/screenshots/logg.png' })
    }
    await adminContext.close()
  } finally {
    if (made) await request.delete(`/api/issues/${made}`, { headers: auth })
  }
})

const GTUBE = 'XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X'

test('the checklist before sending finds a dead link, a too-large e-mail and a spam rule, and sending asks again saying what fails', async ({ page, request }) => {
  test.setTimeout(120_000)
  const auth = { Authorization: `JWT ${await tokenFor(request, E2E_ACCOUNTS.admin)}` }
  const tag = Date.now().toString(36)
  const server = http.createServer((req, res) => res.writeHead(req.url === '/finns' ? 200 : 404).end())
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const ids: { article?: number; issue?: number; list?: number; subscriber?: number } = {}
  try {
    const long = 'Miljömålen är Sveriges genomförande av miljödelarna i de globala målen. '.repeat(1800)
    const body = richText(paragraph(link(`${origin}/finns`, 'Rapporten om miljömålen')), paragraph(link(`${origin}/borta`, 'Vägledningen för etappmålen')), paragraph(long))
    ids.article = (await (await request.post('/api/articles', { headers: auth, data: { title: `Kontrollartikel ${tag}`, lead: `Ingress. ${GTUBE}`, body, _status: 'published' } })).json()).doc.id
    const issue = { title: `Nytt från RUS kontroll ${tag}`, slug: `kontroll-${tag}`, issueDate: '1990-06-15T10:00:00.000Z', issueDate_tz: 'Europe/Stockholm', intro: 'Inledning.', sections: [{ heading: 'AKTUELLT', items: [{ kind: 'article', article: ids.article }] }], _status: 'published' }
    ids.issue = (await (await request.post('/api/issues', { headers: auth, data: issue })).json()).doc.id
    ids.list = (await (await request.post('/api/mailing-lists', { headers: auth, data: { name: `Kontrollista ${tag}`, publicSignup: false } })).json()).doc.id
    ids.subscriber = (await (await request.post('/api/subscribers', { headers: auth, data: { email: `kontroll-${tag}@example.se`, subscriptions: [{ list: ids.list, status: 'subscribed' }] } })).json()).doc.id

    await logIn(page, E2E_ACCOUNTS.editor)
    await expect(page).toHaveURL(/\/admin\/?$/)
    await page.goto(`/admin/collections/issues/${ids.issue}`)
    const checklist = page.getByRole('region', { name: 'Före utskick' })
    await checklist.getByRole('button', { name: 'Kör kontrollen' }).click()
    await expect(checklist.getByRole('listitem').filter({ hasText: 'Länkar: Fel' })).toContainText(`${origin}/borta svarar 404`, { timeout: 30_000 })
    await expect(checklist.getByRole('listitem').filter({ hasText: 'Storlek: Fel' })).toContainText('Gmail klipper allt efter 102 kB')
    await expect(checklist.getByRole('listitem').filter({ hasText: 'Skräppostpoäng: Fel' })).toContainText('GTUBE')
    await expectAccessible(page, '.checklist')
    if (process.env.UPDATE_SCREENSHOTS === '1') await checklist.screenshot({ path: 'public/screenshots/fore-utskick.png' })

    const sending = page.getByRole('region', { name: 'Skicka' })
    await sending.getByLabel(`Kontrollista ${tag}`).check()
    await expect(sending.getByText('1 mottagare.', { exact: true })).toBeVisible()
    await sending.getByRole('button', { name: 'Skicka nyhetsbrevet' }).click()
    const confirm = sending.getByRole('alertdialog')
    await expect(confirm.getByRole('alert')).toContainText('Kontrollen före utskick hittade fel:', { timeout: 30_000 })
    await expect(confirm.getByRole('alert')).toContainText('Länkar: 1 av 2 länkar fungerar inte.')
    await expect(confirm.getByRole('button', { name: 'Ja, skicka ändå' })).toBeVisible()
    await confirm.getByRole('button', { name: 'Avbryt' }).click()
  } finally {
    server.close()
    if (ids.subscriber) await request.delete(`/api/subscribers/${ids.subscriber}`, { headers: auth })
    if (ids.list) await request.delete(`/api/mailing-lists/${ids.list}`, { headers: auth })
    if (ids.issue) await request.delete(`/api/issues/${ids.issue}`, { headers: auth })
    if (ids.article) await request.delete(`/api/articles/${ids.article}`, { headers: auth })
  }
})
