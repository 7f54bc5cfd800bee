import { existsSync, readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'

import { DATABASE_UNAVAILABLE_MESSAGE } from '@/lib/database/unavailable'

import { E2E_ACCOUNTS } from '@/testing/e2eAccounts'
import { E2E_MAILBOX } from '@/testing/e2eMailbox'
import { linkIn, waitForMail } from '@/testing/mailbox'
import { databaseControlFile, HALT_SIGNAL, RESUME_SIGNAL, type DatabaseControl } from '@/testing/databaseControl'
import { expectAccessible } from './helpers/expectAccessible'
import { findBySlug, publish, tokenFor } from './helpers/apiAs'
import { logIn } from './helpers/logIn'

/**
 * The fault drill: PostgreSQL dies (an immediate shutdown, as in a crash) under the running
 * production server, and comes back. This file runs after every other one (playwright.config.ts).
 */
const SLUG = 'rus-verksamhet-2021'
const ISSUE = '/nyhetsbrev/2021-03-31'
const ARTICLE = `/artiklar/${SLUG}`

const controlFile = databaseControlFile()
const control = (): DatabaseControl => JSON.parse(readFileSync(controlFile, 'utf8')) as DatabaseControl

async function setDatabase(state: DatabaseControl['database']): Promise<void> {
  if (control().database === state) return
  process.kill(control().pid, state === 'down' ? HALT_SIGNAL : RESUME_SIGNAL)
  await expect.poll(() => control().database, { timeout: 20_000, message: `database ${state}` }).toBe(state)
}

test.describe('when the database goes away', () => {
  test.setTimeout(120_000)

  test.afterAll(async () => {
    if (existsSync(controlFile) && control().canHalt) await setDatabase('up')
  })

  test('readers keep the cached site, the editor is told and keeps their text, and all returns without a restart', async ({ page, request }) => {
    // Read when the test runs: testing/e2eServer.ts writes the file before it starts serving.
    test.skip(!control().canHalt, 'the tests run on DATABASE_URL’s server, which they must not stop')
    const token = await tokenFor(request, E2E_ACCOUNTS.editor)
    const article = await findBySlug(request, 'articles', SLUG, token)
    const savedBefore = `Sparad före avbrottet ${Date.now()}`
    // A page published just now that nobody has opened yet: no cache can stand in for it.
    const unseen = await request.post('/api/articles', {
      headers: { Authorization: `JWT ${token}` },
      data: { title: `Aldrig öppnad ${Date.now()}`, lead: 'Publicerad före avbrottet.', _status: 'published' },
    })
    expect(unseen.status()).toBe(201)
    const unseenDoc = ((await unseen.json()) as { doc: { id: number; slug: string; title: string } }).doc
    const unseenPath = `/artiklar/${unseenDoc.slug}`
    try {
      await publish(request, token, 'articles', article.id, { title: savedBefore })

      // Everything a reader might open, rendered once while the database is up.
      const pages = ['/', ISSUE, ARTICLE, `${ISSUE}/webbversion`, '/evenemang', '/referensgrupper', '/nyhetsbrev']
      await expect.poll(async () => (await request.get(ARTICLE)).text()).toContain(savedBefore)
      const before = new Map<string, string>()
      for (const path of pages) before.set(path, await (await request.get(path)).text())

      // An editor is halfway through a change in the admin when the database dies. Whatever the
      // admin asks the server from now on may be refused with 503, but never fail with a 500.
      const serverErrors: string[] = []
      page.on('response', (response) => {
        if (response.status() >= 500 && response.status() !== 503) serverErrors.push(`${response.status()} ${response.request().method()} ${response.url()}`)
      })
      await logIn(page, E2E_ACCOUNTS.editor)
      await expect(page).toHaveURL(/\/admin\/?$/)
      await page.goto(`/admin/collections/articles/${article.id}`)
      const typedDuring = `Skriven under avbrottet ${Date.now()}`
      const title = page.getByRole('textbox', { name: /^Rubrik/ })
      await title.fill(typedDuring)

      await setDatabase('down')

      for (const path of pages) {
        const response = await request.get(path)
        expect(response.status(), path).toBe(200)
        expect(await response.text(), path).toBe(before.get(path))
      }

      // The unseen page cannot be made now; once the database is back it must be, by itself.
      expect((await request.get(unseenPath)).status()).toBe(503)

      await page.getByRole('button', { name: 'Publicera ändringar' }).click()
      await expect(page.getByText(DATABASE_UNAVAILABLE_MESSAGE).first()).toBeVisible()
      await expect(title).toHaveValue(typedDuring)

      const api = await request.get(`/api/articles/${article.id}`, { headers: { Authorization: `JWT ${token}` } })
      expect(api.status()).toBe(503)
      expect(api.headers()['retry-after']).toBe('15')
      expect(((await api.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe(DATABASE_UNAVAILABLE_MESSAGE)

      const elsewhere = await page.context().newPage()
      const adminPage = await elsewhere.goto('/admin/collections/articles')
      expect(adminPage?.status()).toBe(503)
      await expect(elsewhere.getByRole('heading', { level: 1, name: 'Databasen är inte tillgänglig just nu' })).toBeVisible()
      expect(adminPage?.headers()['retry-after']).toBe('15')
      await expectAccessible(elsewhere)

      // The search is made from the database on every request: it says so, and points to the pages.
      const search = await elsewhere.goto('/sok?q=milj%C3%B6m%C3%A5l')
      expect(search?.status()).toBe(503)
      await expect(elsewhere.getByRole('heading', { level: 1, name: 'Sökningen fungerar inte just nu' })).toBeVisible()
      await expectAccessible(elsewhere)

      await setDatabase('up')

      // A page that failed to render while the database was away renders on the next request.
      await expect.poll(async () => (await request.get(unseenPath)).status(), { timeout: 15_000 }).toBe(200)
      expect(await (await request.get(unseenPath)).text()).toContain(unseenDoc.title)

      // The same server, not restarted: the admin comes back, and the editor's text is saved now.
      await expect(async () => {
        await elsewhere.goto('/admin/collections/articles')
        await expect(elsewhere.getByRole('heading', { level: 1, name: 'Artiklar' })).toBeVisible()
      }).toPass({ timeout: 30_000 })
      // Payload marks the form unmodified after any publish attempt, failed or not, so Publish stays
      // greyed out until the next keystroke; the text typed during the outage is still in the field.
      const finished = `${typedDuring} – klar efter avbrottet`
      await title.fill(finished)
      await page.getByRole('button', { name: 'Publicera ändringar' }).click()
      await expect(page.locator('.toast-success')).toBeVisible()
      await expect.poll(async () => (await request.get(ARTICLE)).text()).toContain(finished)

      // Nothing saved before the outage was lost: its version is still in the history.
      const history = await request.get(`/api/articles/versions?where[parent][equals]=${article.id}&where[version.title][equals]=${encodeURIComponent(savedBefore)}&limit=1`, {
        headers: { Authorization: `JWT ${token}` },
      })
      expect(((await history.json()) as { totalDocs: number }).totalDocs).toBeGreaterThanOrEqual(1)

      expect(serverErrors).toEqual([])
    } finally {
      // The seed as it was, for whatever runs after, even when a step above failed.
      await setDatabase('up')
      await publish(request, token, 'articles', article.id, { title: article.title })
      await request.delete(`/api/articles/${unseenDoc.id}`, { headers: { Authorization: `JWT ${token}` } })
    }
  })

  test('a one-click unsubscribe sent while the database is away is kept, and applied when it is back', async ({ request }) => {
    test.skip(!control().canHalt, 'the tests run on DATABASE_URL’s server, which they must not stop')
    const admin = { Authorization: `JWT ${await tokenFor(request, E2E_ACCOUNTS.admin)}` }
    const email = `ett-klick-${Date.now()}@example.se`
    const lists = (await (await request.get('/api/mailing-lists?where[publicSignup][equals]=true&depth=0', { headers: admin })).json()) as { docs: { id: number }[] }
    const created = await request.post('/api/subscribers', { headers: admin, data: { email, subscriptions: [{ list: lists.docs[0]!.id, status: 'subscribed' }] } })
    expect(created.status()).toBe(201)
    const subscriber = ((await created.json()) as { doc: { id: number } }).doc
    // Undefined while the database is still coming back (a 503 without the document): the poll asks again.
    const statusNow = async () => ((await (await request.get(`/api/subscribers/${subscriber.id}?depth=0`, { headers: admin })).json()) as { subscriptions?: { status: string }[] }).subscriptions?.[0]?.status
    try {
      // The subscriber's own link, as the issue would carry it.
      expect((await request.post('/avregistrera', { form: { email } })).status()).toBe(200)
      const [mail] = await waitForMail(E2E_MAILBOX, email)
      const link = new URL(linkIn(mail!, /\/avregistrera\/[^/]+$/) ?? '').pathname

      await setDatabase('down')
      const oneClick = await request.post(link, { form: { 'List-Unsubscribe': 'One-Click' } })
      expect(oneClick.status()).toBe(202)
      await setDatabase('up')

      await expect.poll(statusNow, { timeout: 60_000 }).toBe('unsubscribed')
    } finally {
      await setDatabase('up')
      await request.delete(`/api/subscribers/${subscriber.id}`, { headers: admin })
    }
  })
})
