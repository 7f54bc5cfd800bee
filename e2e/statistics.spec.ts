import { readFile } from 'node:fs/promises'

import { expect, test } from '@playwright/test'

import { E2E_ACCOUNTS } from '@/testing/e2eAccounts'
import { E2E_MAILBOX } from '@/testing/e2eMailbox'
import { waitForMail } from '@/testing/mailbox'

import { tokenFor } from './helpers/apiAs'
import { expectAccessible } from './helpers/expectAccessible'
import { logIn } from './helpers/logIn'

const READER = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'

test("a send's figures and two readers' clicks in the admin: charts with tables beside them, CSV, nothing personal", async ({ page, request }) => {
  test.setTimeout(120_000)
  const tag = `${Date.now().toString(36)}`
  const token = await tokenFor(request, E2E_ACCOUNTS.admin)
  const auth = { Authorization: `JWT ${token}` }
  const ids: { issue?: number; list?: number } = {}
  const readers = [`lasare1-${tag}@example.se`, `lasare2-${tag}@example.se`]
  try {
    const issue = await request.post('/api/issues', {
      headers: auth,
      data: { title: `Nytt från RUS statistiknummer ${tag}`, slug: `statistiknummer-${tag}`, issueDate: '2019-05-15T10:00:00.000Z', issueDate_tz: 'Europe/Stockholm', intro: `Inledning ${tag}.`, sections: [], _status: 'published' },
    })
    ids.issue = (await issue.json()).doc.id
    ids.list = (await (await request.post('/api/mailing-lists', { headers: auth, data: { name: `Statistiklista ${tag}`, publicSignup: false } })).json()).doc.id
    for (const email of readers) await request.post('/api/subscribers', { headers: auth, data: { email, subscriptions: [{ list: ids.list, status: 'subscribed' }] } })
    const queued = await request.post(`/api/issues/${ids.issue}/skicka`, { headers: auth, data: { lists: [ids.list] } })
    expect(queued.status()).toBe(201)
    const sending = (await queued.json()).sending as number

    // Two readers each follow a link of the message as it arrived: the same short links for both.
    const [first] = await waitForMail(E2E_MAILBOX, readers[0]!, 1, 60_000)
    const [second] = await waitForMail(E2E_MAILBOX, readers[1]!, 1, 60_000)
    const links = [...String(first?.html).matchAll(/href="([^"]+\/l\/\d+\/\d+)"/g)].map((m) => m[1] as string)
    expect(links.length).toBeGreaterThanOrEqual(2)
    expect([...String(second?.html).matchAll(/href="([^"]+\/l\/\d+\/\d+)"/g)].map((m) => m[1])).toEqual(links)
    for (const [i, link] of links.slice(0, 2).entries()) {
      const answer = await request.get(new URL(link).pathname, { maxRedirects: 0, headers: { 'User-Agent': READER, 'X-Forwarded-For': `192.0.2.${i + 1}` } })
      expect(answer.status()).toBe(302)
    }
    expect((await request.get(`/l/${sending}/9999`, { maxRedirects: 0 })).status()).toBe(404)

    await logIn(page, E2E_ACCOUNTS.editor)
    await expect(page).toHaveURL(/\/admin\/?$/)
    await page.goto(`/admin/collections/issues/${ids.issue}`)
    await page.getByRole('region', { name: 'Skicka' }).getByRole('link', { name: 'Statistik för utskicket' }).click()
    await expect(page.getByRole('heading', { level: 1, name: `Statistik för utskick ${sending}` })).toBeVisible()
    await expect(page.getByText('Vi mäter inte hur många som öppnar brevet')).toBeVisible()
    const facts = page.locator('.statistics__facts')
    const fact = (name: string) => facts.locator('div').filter({ has: page.locator('dt').getByText(name, { exact: true }) }).locator('dd')
    await expect(fact('Mottagare')).toHaveText('2')
    // The clicks are written every two seconds: the page shows them after a reload.
    await expect(async () => {
      await page.reload()
      const table = page.getByRole('table', { name: 'Klick per länk, som tabell' })
      await expect(table.getByRole('row')).toHaveCount(links.length + 1)
      await expect(fact('Klick')).toHaveText('2')
    }).toPass({ timeout: 20_000 })
    await expect(page.locator('.statistics__chart svg').first()).toBeVisible()
    await expectAccessible(page, '.statistics')
    const downloading = page.waitForEvent('download', { timeout: 15_000 })
    await page.getByRole('link', { name: 'Ladda ner alla siffror (CSV)' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe(`statistik-utskick-${sending}.csv`)
    const text = await readFile(await download.path(), 'utf8')
    expect(text).toContain('Utskick;Mottagare;;2')
    for (const reader of readers) expect(text).not.toContain(reader)
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      await page.setViewportSize({ width: 1280, height: 1500 })
      await page.screenshot({ path: 'public/screenshots/statistik.png' })
    }

    // The overview, which the admin's menu links to.
    await expect(page.locator('nav').getByRole('link', { name: 'Statistik', exact: true })).toHaveAttribute('href', '/admin/statistik')
    await page.goto('/admin/statistik')
    await expect(page.getByRole('heading', { level: 1, name: 'Statistik' })).toBeVisible()
    await expect(page.getByRole('row').filter({ hasText: `statistiknummer ${tag}` })).toContainText('2')
    await expect(page.getByRole('table', { name: 'Listorna per månad, som tabell' })).toBeVisible()
    await expectAccessible(page, '.statistics')
  } finally {
    await request.delete(`/api/subscribers?where[email][like]=${tag}`, { headers: auth })
    if (ids.list) await request.delete(`/api/mailing-lists/${ids.list}`, { headers: auth })
    if (ids.issue) await request.patch(`/api/issues/${ids.issue}`, { headers: auth, data: { _status: 'draft' } })
  }
})

test('the statistics are staff only: a reader asking for them gets the login, and no figures', async ({ page, request }) => {
  expect((await request.get('/api/sendings/statistik')).status()).toBe(403)
  expect((await request.get('/api/sendings/1/statistik')).status()).toBe(403)
  await page.goto('/admin/statistik')
  await expect(page).toHaveURL(/\/admin\/login\?redirect=%2Fadmin%2Fstatistik$/)
  await expect(page.getByText('Mottagare')).toHaveCount(0)
})
