import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { E2E_ACCOUNTS } from '@/testing/e2eAccounts'
import { E2E_MAILBOX } from '@/testing/e2eMailbox'
import { linkIn, mailTo, waitForMail } from '@/testing/mailbox'

import { tokenFor } from './helpers/apiAs'
import { postFormFrom } from './helpers/fromAddress'
import { expectAccessibleWithoutJs as expectAccessible } from './helpers/expectAccessible'
import { logIn } from './helpers/logIn'
import { validateHtml } from './helpers/validateHtml'

// Readers' forms work without JavaScript: every journey here runs with it off.
test.use({ javaScriptEnabled: false })

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
const pathOf = (href: string | null) => (href ? new URL(href).pathname : '')

/** Removes every subscriber with an address containing `tag`, as an admin (the journeys' own data). */
async function removeSubscribers(request: APIRequestContext, tag: string): Promise<void> {
  const token = await tokenFor(request, E2E_ACCOUNTS.admin)
  const response = await request.delete(`/api/subscribers?where[email][like]=${encodeURIComponent(tag)}`, { headers: { Authorization: `JWT ${token}` } })
  expect(response.status()).toBe(200)
}

async function signUp(page: Page, email: string, name = ''): Promise<void> {
  await page.goto('/prenumerera')
  await page.getByLabel('E-postadress').fill(email)
  if (name) await page.getByLabel('Namn (frivilligt)').fill(name)
  await page.getByRole('button', { name: 'Prenumerera' }).click()
}

test('a reader signs up, confirms by the link in the mail, and the editor sees them in the admin', async ({ page, request, browser }) => {
  const tag = unique()
  const email = `anna-${tag}@example.se`
  try {
    await page.goto('/prenumerera')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prenumerera på Nytt från RUS')
    await expect(page.getByText('Du anmäler dig till Nytt från RUS för alla intresserade.')).toBeVisible()
    await expectAccessible(page)
    expect(await validateHtml({ '/prenumerera': await (await request.get('/prenumerera')).text() })).toEqual([])
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      await page.setViewportSize({ width: 900, height: 900 })
      await page.screenshot({ path: 'public/screenshots/prenumerera.png' })
    }

    await signUp(page, email, 'Anna Andersson')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tack! Titta i din inkorg')
    await expectAccessible(page)

    const [mail] = await waitForMail(E2E_MAILBOX, email)
    expect(mail?.subject).toBe('Bekräfta din prenumeration på Nytt från RUS')
    const confirmPath = pathOf(linkIn(mail!, /\/prenumerera\/bekrafta\//))
    // Opening the link (as a mail scanner would) subscribes nobody: the page asks first.
    expect((await request.get(confirmPath)).status()).toBe(200)
    await page.goto(confirmPath)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bekräfta din prenumeration')
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Bekräfta prenumerationen' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Klart! Du prenumererar nu')

    // The admin needs its scripts; a test's `use` options would reach this context too.
    const adminContext = await browser.newContext({ javaScriptEnabled: true })
    const admin = await adminContext.newPage()
    try {
      await logIn(admin, E2E_ACCOUNTS.editor)
      await expect(admin).toHaveURL(/\/admin\/?$/)
      await admin.goto(`/admin/collections/subscribers?search=${encodeURIComponent(email)}`)
      await admin.getByRole('link', { name: email }).click()
      await expect(admin.getByLabel('Namn')).toHaveValue('Anna Andersson')
      await expect(admin.getByText('Bekräftade med länken i e-post')).toBeAttached()
    } finally {
      await adminContext.close()
    }
  } finally {
    await removeSubscribers(request, tag)
  }
})

test('the form answers the same for a known address, mails it a note, and unsubscribes by its link', async ({ page, request }) => {
  const tag = unique()
  const email = `bo-${tag}@example.se`
  try {
    await signUp(page, email)
    const first = await page.locator('main').innerText()
    await signUp(page, email)
    expect(await page.locator('main').innerText()).toBe(first)
    const [confirmation, second] = await waitForMail(E2E_MAILBOX, email, 2)
    await page.goto(pathOf(linkIn(confirmation!, /bekrafta/)))
    await page.getByRole('button', { name: 'Bekräfta prenumerationen' }).click()

    // Now on the list: a third sign-up is answered alike, and mails a note with the unsubscribe link.
    await signUp(page, email)
    expect(await page.locator('main').innerText()).toBe(first)
    const notes = await waitForMail(E2E_MAILBOX, email, 3)
    const note = notes.at(-1)
    expect(second?.subject).toBe('Bekräfta din prenumeration på Nytt från RUS')
    expect(note?.subject).toBe('Du prenumererar redan på Nytt från RUS')

    const unsubscribePath = pathOf(linkIn(note!, /\/avregistrera\//))
    await page.goto(unsubscribePath)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dina prenumerationer')
    await expect(page.locator('main')).toContainText(`Adressen b•••@example.se får i dag Nytt från RUS: Nytt från RUS för alla intresserade.`)
    await expect(page.locator('main')).not.toContainText(email)
    await expect(page.getByLabel('Nytt från RUS för alla intresserade')).toBeChecked()
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Avsluta alla' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du är avregistrerad')
    await page.getByRole('button', { name: 'Ångra, prenumerera igen' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Välkommen tillbaka')

    // RFC 8058: the mail client's one-click POST unsubscribes at once, with no page.
    const oneClick = await request.post(unsubscribePath, { form: { 'List-Unsubscribe': 'One-Click' } })
    expect(oneClick.status()).toBe(200)
    expect(await oneClick.text()).toBe('Avregistrerad.\n')
    await page.goto(unsubscribePath)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dina prenumerationer')
    await expect(page.getByLabel('Nytt från RUS för alla intresserade')).not.toBeChecked()

    // The reader chooses again on the same page, and corrects their name: no JavaScript, one POST.
    await page.getByLabel('Nytt från RUS för alla intresserade').check()
    await page.getByLabel('Namn').fill('Berit Bok')
    await page.getByRole('button', { name: 'Spara' }).click()
    await expect(page.getByRole('status')).toContainText('Du får nu Nytt från RUS för alla intresserade.')
    await expect(page.getByRole('status')).toContainText('Namn och organisation är uppdaterade.')
    await expect(page.getByLabel('Namn')).toHaveValue('Berit Bok')
    await expectAccessible(page)
  } finally {
    await removeSubscribers(request, tag)
  }
})

test('bad input gets a Swedish answer and a 4xx, and a robot filling the hidden field is thanked and forgotten', async ({ page, request }) => {
  const tag = unique()
  try {
    await page.goto('/prenumerera')
    await page.getByLabel('E-postadress').fill('inte en adress')
    await page.getByRole('button', { name: 'Prenumerera' }).click()
    await expect(page.getByRole('heading', { name: 'Rätta följande' })).toBeVisible()
    await expect(page.getByLabel('E-postadress')).toHaveAttribute('aria-invalid', 'true')
    await expect(page).toHaveTitle(/^Fel i formuläret/)
    await expectAccessible(page)

    const invalid = await request.post('/prenumerera', { form: { email: 'x' } })
    expect(invalid.status()).toBe(400)
    expect((await request.post('/prenumerera', { data: '{"email":"a@b.se"}', headers: { 'Content-Type': 'application/json' } })).status()).toBe(415)
    expect((await request.post('/prenumerera', { form: { email: 'a'.repeat(20_000) } })).status()).toBe(413)
    expect((await request.fetch('/prenumerera', { method: 'PUT' })).status()).toBe(405)
    expect((await request.fetch('/prenumerera', { method: 'OPTIONS' })).headers()['allow']).toBe('GET, HEAD, OPTIONS, POST')

    const robot = `robot-${tag}@example.se`
    const lists = await (await request.get('/api/mailing-lists?where[publicSignup][equals]=true')).json()
    const thanked = await request.post('/prenumerera', { form: { email: robot, lista: String(lists.docs[0].id), webbplats: 'https://spam.example' } })
    expect(thanked.status()).toBe(200)
    expect(await thanked.text()).toContain('Tack! Titta i din inkorg')
    const token = await tokenFor(request, E2E_ACCOUNTS.editor)
    const stored = await (await request.get(`/api/subscribers?where[email][equals]=${robot}`, { headers: { Authorization: `JWT ${token}` } })).json()
    expect(stored.totalDocs).toBe(0)
    expect(await mailTo(E2E_MAILBOX, robot)).toEqual([])

    for (const bad of ['/prenumerera/bekrafta/x.y', '/prenumerera/bekrafta/%E0%A4%A', `/avregistrera/${'A'.repeat(24)}.${'B'.repeat(22)}`]) {
      const response = await request.get(bad)
      expect(response.status(), bad).toBeGreaterThanOrEqual(400)
      expect(response.status(), bad).toBeLessThan(500)
    }
    await page.goto('/prenumerera/bekrafta/x.y')
    await expect(page.locator('main')).toContainText('Länken är inte giltig.')
  } finally {
    await removeSubscribers(request, tag)
  }
})

test('the web version’s unsubscribe line leads to a page that mails a subscriber their own link', async ({ page, request }) => {
  const tag = unique()
  const email = `cecilia-${tag}@example.se`
  try {
    await signUp(page, email)
    const [confirmation] = await waitForMail(E2E_MAILBOX, email)
    await page.goto(pathOf(linkIn(confirmation!, /bekrafta/)))
    await page.getByRole('button', { name: 'Bekräfta prenumerationen' }).click()

    await page.goto('/nyhetsbrev/2021-03-31/webbversion')
    // The e-mail's links open a new window (target="_blank"), as they do from a mail client.
    const line = page.getByRole('link', { name: 'Klicka här för att avregistrera din adress' })
    await expect(line).toHaveAttribute('href', /^http:\/\/localhost:\d+\/avregistrera$/)
    await page.goto((await line.getAttribute('href')) ?? '')
    await expectAccessible(page)
    await page.getByLabel('Din e-postadress').fill(email)
    await page.getByRole('button', { name: 'Skicka länken' }).click()
    await expect(page.getByRole('status')).toContainText('Om adressen finns bland prenumeranterna')
    // The job runner sends it within seconds.
    const mails = await waitForMail(E2E_MAILBOX, email, 2, 30_000)
    expect(mails.at(-1)?.subject).toBe('Din länk för att avregistrera dig från Nytt från RUS')
    expect(linkIn(mails.at(-1)!, /\/avregistrera\/[^/]+$/)).not.toBeNull()
  } finally {
    await removeSubscribers(request, tag)
  }
})

test('sign-ups are limited per inbox (a +tag is the same inbox) and per client, with a Swedish answer and Retry-After', async ({ request }) => {
  const tag = unique()
  const lists = await (await request.get('/api/mailing-lists?where[publicSignup][equals]=true')).json()
  const lista = String(lists.docs[0].id)
  try {
    const byAddress = []
    for (let i = 0; i < 4; i++) byAddress.push(await postFormFrom('127.0.0.21', '/prenumerera', { email: `dora-${tag}+${i}@example.se`, lista }))
    expect(byAddress.map((r) => r.status)).toEqual([200, 200, 200, 429])
    expect(byAddress[3]?.text).toContain('Det har kommit för många anmälningar på kort tid.')
    expect(Number(byAddress[3]?.headers['retry-after'])).toBeGreaterThan(0)

    const byClient = []
    for (let i = 0; i < 21; i++) byClient.push((await postFormFrom('127.0.0.22', '/prenumerera', { email: `e${i}-${tag}@example.se`, lista })).status)
    expect(byClient.slice(0, 20).every((status) => status === 200)).toBe(true)
    expect(byClient[20]).toBe(429)
    // Another client is not held up by them.
    expect((await postFormFrom('127.0.0.23', '/prenumerera', { email: `f-${tag}@example.se`, lista })).status).toBe(200)
  } finally {
    await removeSubscribers(request, tag)
  }
})
