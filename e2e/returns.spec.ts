import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { fixtureText } from '@/returns/fixtureText'
import { E2E_ACCOUNTS } from '@/testing/e2eAccounts'
import { E2E_INBOX } from '@/testing/e2eInbox'
import { E2E_MAILBOX } from '@/testing/e2eMailbox'
import { rawHeader, waitForMail } from '@/testing/mailbox'

import { tokenFor } from './helpers/apiAs'
import { expectAccessible } from './helpers/expectAccessible'
import { logIn } from './helpers/logIn'

test('a bounce of a sent message, put in the inbox folder, makes the address "Studsar" within a minute, with its evidence', async ({ page, request }) => {
  test.setTimeout(180_000)
  const tag = `${Date.now().toString(36)}`
  const token = await tokenFor(request, E2E_ACCOUNTS.admin)
  const auth = { Authorization: `JWT ${token}` }
  const ids: { issue?: number; list?: number } = {}
  const [dead, alive] = [`finns-inte-${tag}@example.se`, `finns-${tag}@example.se`]
  const statusOf = async (email: string) => {
    const found = await request.get(`/api/subscribers?where[email][equals]=${encodeURIComponent(email)}&depth=0`, { headers: auth })
    return ((await found.json()).docs[0]?.subscriptions ?? []).map((s: { status: string }) => s.status)
  }
  try {
    const issue = await request.post('/api/issues', {
      headers: auth,
      data: { title: `Nytt från RUS returnummer ${tag}`, slug: `returnummer-${tag}`, issueDate: '2019-06-15T10:00:00.000Z', issueDate_tz: 'Europe/Stockholm', intro: `Inledning ${tag}.`, sections: [], _status: 'published' },
    })
    ids.issue = (await issue.json()).doc.id
    ids.list = (await (await request.post('/api/mailing-lists', { headers: auth, data: { name: `Returlista ${tag}`, publicSignup: false } })).json()).doc.id
    for (const email of [dead, alive]) await request.post('/api/subscribers', { headers: auth, data: { email, subscriptions: [{ list: ids.list, status: 'subscribed' }] } })
    expect((await request.post(`/api/issues/${ids.issue}/skicka`, { headers: auth, data: { lists: [ids.list] } })).status()).toBe(201)

    // The mail server answers later that the address does not exist: a DSN quoting the message's headers.
    const [sent] = await waitForMail(E2E_MAILBOX, dead, 1, 60_000)
    const returnTag = rawHeader(sent!, 'X-Nytt-Fran-Rus-Retur') ?? ''
    expect(returnTag).toMatch(/^d\d+-[0-9a-f]{16}$/)
    await mkdir(E2E_INBOX, { recursive: true })
    // A report of its own (its Message-ID), as each real one is: the same report is acted on once.
    const report = fixtureText('postfix-hard', { token: returnTag, address: dead }).toString('utf8').replace(/^Message-Id: <[^>]+>/m, `Message-Id: <${tag}.studs@mx.example.se>`)
    await writeFile(path.join(E2E_INBOX, `studs-${tag}.eml`), report)

    // The job reads the folder every minute.
    await expect.poll(() => statusOf(dead), { timeout: 100_000, intervals: [2_000] }).toEqual(['bounced'])
    expect(await statusOf(alive)).toEqual(['subscribed'])

    await logIn(page, E2E_ACCOUNTS.editor)
    await expect(page).toHaveURL(/\/admin\/?$/)
    await page.goto(`/admin/collections/issues/${ids.issue}`)
    const panel = page.getByRole('region', { name: 'Skicka' })
    const record = panel.locator('.sending-panel__list > li').filter({ hasText: `Returlista ${tag}` })
    await expect(record).toContainText('Kom tillbaka: 1 studs.', { timeout: 30_000 })
    await expectAccessible(page, '.sending-panel')

    // The return with its evidence, from the list of returns.
    await page.goto('/admin/collections/returns')
    await expect(page.getByRole('note').filter({ hasText: 'Returer läses varje minut från' })).toBeVisible()
    const row = page.getByRole('row').filter({ hasText: dead })
    await expect(row).toContainText('Studs (permanent)')
    await row.getByRole('link').first().click()
    await expect(page.getByLabel('Underlag')).toHaveValue(/Recipient address rejected/)
    await expect(page.getByLabel('Statuskod')).toHaveValue('5.1.1')
    await expect(page.getByLabel('Åtgärd')).toHaveValue(new RegExp(`Adressen markerad som Studsar på: Returlista ${tag}`))
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      await page.setViewportSize({ width: 1280, height: 1400 })
      await page.screenshot({ path: 'public/screenshots/returer.png' })
    }
  } finally {
    await request.delete(`/api/subscribers?where[email][like]=${tag}`, { headers: auth })
    if (ids.list) await request.delete(`/api/mailing-lists/${ids.list}`, { headers: auth })
    if (ids.issue) await request.patch(`/api/issues/${ids.issue}`, { headers: auth, data: { _status: 'draft' } })
  }
})

test('the returns webhooks answer a provider, and only by POST: off without their settings, never a page', async ({ request }) => {
  const off = await request.post('/returer/webhook', { data: '{"id":"x","type":"bounce"}', headers: { 'Content-Type': 'application/json' } })
  expect(off.status()).toBe(404)
  expect(await off.text()).toContain('RETURNS_WEBHOOK_SECRET')
  expect((await request.post('/returer/ses', { data: '{}', headers: { 'Content-Type': 'text/plain' } })).status()).toBe(404)
  const get = await request.get('/returer/webhook')
  expect(get.status()).toBe(405)
  expect(get.headers()['allow']).toBe('OPTIONS, POST')
})
