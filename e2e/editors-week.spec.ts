import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { expect, test } from '@playwright/test'

import { link, paragraph, richText } from '@/content/richText/build'
import { E2E_ACCOUNTS } from '@/testing/e2eAccounts'
import { E2E_MAILBOX } from '@/testing/e2eMailbox'
import { linkIn, mailTo, waitForMail } from '@/testing/mailbox'

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

    await logIn(page, E2E_ACCOUNTS.publisher)
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

test('an editor asks for approval; the publisher gets a mail, approves and sends; the log shows each step', async ({ browser, request }) => {
  test.setTimeout(150_000)
  const auth = { Authorization: `JWT ${await tokenFor(request, E2E_ACCOUNTS.admin)}` }
  const tag = Date.now().toString(36)
  const title = `Nytt från RUS granskning ${tag}`
  const ids: { issue?: number; list?: number; subscriber?: number } = {}
  try {
    const issue = { title, slug: `granskning-${tag}`, issueDate: '1990-07-15T10:00:00.000Z', issueDate_tz: 'Europe/Stockholm', intro: 'Inledning.', sections: [], _status: 'published' }
    ids.issue = (await (await request.post('/api/issues', { headers: auth, data: issue })).json()).doc.id
    ids.list = (await (await request.post('/api/mailing-lists', { headers: auth, data: { name: `Granskningslista ${tag}`, publicSignup: false } })).json()).doc.id
    ids.subscriber = (await (await request.post('/api/subscribers', { headers: auth, data: { email: `granskning-${tag}@example.se`, subscriptions: [{ list: ids.list, status: 'subscribed' }] } })).json()).doc.id

    // The editor may test-send, not send: she asks.
    const editorContext = await browser.newContext()
    const editor = await editorContext.newPage()
    await logIn(editor, E2E_ACCOUNTS.editor)
    await expect(editor).toHaveURL(/\/admin\/?$/)
    await editor.goto(`/admin/collections/issues/${ids.issue}`)
    const asking = editor.getByRole('region', { name: 'Skicka' })
    await expect(asking.getByText('Ingen har begärt godkännande av numret.')).toBeVisible()
    await expect(asking.getByRole('button', { name: 'Skicka nyhetsbrevet' })).toHaveCount(0)
    const earlier = (await mailTo(E2E_MAILBOX, E2E_ACCOUNTS.publisher.email)).length
    await asking.getByLabel('Anteckning till ansvarig utgivare (frivilligt)').fill('Klart för granskning.')
    await asking.getByRole('button', { name: 'Begär godkännande' }).click()
    await expect(asking.getByText('Ansvarig utgivare har fått en begäran om godkännande.')).toBeVisible()
    await expect(asking.locator('.approval')).toContainText('Väntar på godkännande')
    await expectAccessible(editor, '.sending-panel')

    // The publisher's mail leads to the issue.
    const asked = (await waitForMail(E2E_MAILBOX, E2E_ACCOUNTS.publisher.email, earlier + 1, 30_000)).find((mail) => mail.subject === `Godkännande begärt: ${title}`)
    expect(asked?.text).toContain('Klart för granskning.')
    const issueLink = linkIn(asked!, /\/admin\/collections\/issues\/\d+/)
    expect(issueLink).toBeTruthy()

    const publisherContext = await browser.newContext()
    const publisher = await publisherContext.newPage()
    await logIn(publisher, E2E_ACCOUNTS.publisher)
    await expect(publisher).toHaveURL(/\/admin\/?$/)
    await publisher.goto(new URL(issueLink!).pathname)
    const deciding = publisher.getByRole('region', { name: 'Skicka' })
    await expect(deciding.locator('.approval')).toContainText(`begärt av ${E2E_ACCOUNTS.editor.email}`)
    const editorEarlier = (await mailTo(E2E_MAILBOX, E2E_ACCOUNTS.editor.email)).length
    await deciding.getByLabel('Kommentar till redaktören').fill('Fint, skickas i dag.')
    await deciding.getByRole('button', { name: 'Godkänn' }).click()
    await expect(deciding.getByText('Numret är godkänt.')).toBeVisible()
    await expect(deciding.locator('.approval')).toContainText(`Godkänt av ${E2E_ACCOUNTS.publisher.email}`)
    await expectAccessible(publisher, '.sending-panel')
    if (process.env.UPDATE_SCREENSHOTS === '1') await deciding.screenshot({ path: 'public/screenshots/godkannande.png' })
    await deciding.getByLabel(`Granskningslista ${tag}`).check()
    await expect(deciding.getByText('1 mottagare.', { exact: true })).toBeVisible()
    await deciding.getByRole('button', { name: 'Skicka nyhetsbrevet' }).click()
    await deciding.getByRole('alertdialog').getByRole('button', { name: /^Ja, skicka/ }).click()
    await expect(deciding.locator('.sending-panel__list > li').filter({ hasText: `Granskningslista ${tag}` })).toContainText('Skickat', { timeout: 60_000 })
    await publisherContext.close()

    // The editor hears back; the reader gets the issue.
    expect((await waitForMail(E2E_MAILBOX, E2E_ACCOUNTS.editor.email, editorEarlier + 1, 30_000)).some((mail) => mail.subject === `Godkänt: ${title}` && mail.text?.includes('Fint, skickas i dag.'))).toBe(true)
    expect((await waitForMail(E2E_MAILBOX, `granskning-${tag}@example.se`, 1, 30_000))[0]?.subject).toBe(title)
    await editorContext.close()

    // The log: the request, the approval and the send, each by its person.
    const adminContext = await browser.newContext()
    const admin = await adminContext.newPage()
    await logIn(admin, E2E_ACCOUNTS.admin)
    await expect(admin).toHaveURL(/\/admin\/?$/)
    for (const [who, kind] of [
      [E2E_ACCOUNTS.editor.email, 'Godkännande begärt'],
      [E2E_ACCOUNTS.publisher.email, 'Godkänt för utskick'],
      [E2E_ACCOUNTS.publisher.email, 'Utskick köat'],
    ] as const) {
      await admin.goto('/admin/logg')
      await admin.getByLabel('Person (e-post)').fill(who)
      await admin.getByLabel('Vad').selectOption({ label: kind })
      await admin.getByRole('button', { name: 'Visa' }).click()
      await expect(admin.getByRole('row').filter({ hasText: title }).first()).toContainText(kind)
    }
    await adminContext.close()
  } finally {
    if (ids.subscriber) await request.delete(`/api/subscribers/${ids.subscriber}`, { headers: auth })
    if (ids.list) await request.delete(`/api/mailing-lists/${ids.list}`, { headers: auth })
    // A sent issue stays in the record of what was sent: it can only be taken off the site.
    if (ids.issue) await request.patch(`/api/issues/${ids.issue}`, { headers: auth, data: { _status: 'draft' } })
  }
})

test('an editor writes an article in place from a section, and moves an item to another section, without leaving the issue', async ({ browser, request }) => {
  test.setTimeout(150_000)
  const auth = { Authorization: `JWT ${await tokenFor(request, E2E_ACCOUNTS.admin)}` }
  const tag = Date.now().toString(36)
  const ids: { article?: number; issue?: number; written?: number } = {}
  try {
    ids.article = (await (await request.post('/api/articles', { headers: auth, data: { title: `Befintlig artikel ${tag}`, lead: 'Ingress.', _status: 'published' } })).json()).doc.id
    const issue = {
      title: `Nytt från RUS på plats ${tag}`,
      slug: `pa-plats-${tag}`,
      issueDate: '1990-08-15T10:00:00.000Z',
      issueDate_tz: 'Europe/Stockholm',
      intro: 'Inledning.',
      sections: [
        { heading: 'AKTUELLT', items: [{ kind: 'article', article: ids.article }] },
        { heading: 'KALENDARIUM', items: [] },
      ],
      _status: 'published',
    }
    ids.issue = (await (await request.post('/api/issues', { headers: auth, data: issue })).json()).doc.id

    const context = await browser.newContext()
    const page = await context.newPage()
    await logIn(page, E2E_ACCOUNTS.editor)
    await expect(page).toHaveURL(/\/admin\/?$/)
    await page.goto(`/admin/collections/issues/${ids.issue}`)

    // The existing article moves from AKTUELLT to KALENDARIUM.
    const move = page.locator('.move-item').first()
    await expectAccessible(page, '.move-item')
    // The admin may mount the form again while it settles, forgetting a choice: choose and move at once.
    await expect(async () => {
      await move.getByLabel('Flytta till avdelning').selectOption({ label: 'KALENDARIUM' })
      await move.getByRole('button', { name: 'Flytta' }).click({ timeout: 2_000 })
    }).toPass({ timeout: 20_000 })
    await expect(page.locator('.move-item').first().getByRole('option', { name: 'AKTUELLT' })).toBeAttached()

    // A new article, written in a drawer from the now empty AKTUELLT, saved as a draft and placed there.
    await page.getByRole('button', { name: 'Lägg till Artikel eller evenemang' }).first().click()
    // Both items drawn (the moved one and the new one) before the new one's + is clicked.
    await expect(page.locator('.move-item')).toHaveCount(2)
    await page.locator('.move-item').first().locator('xpath=..').locator('.relationship-add-new__add-button').click()
    const drawer = page.getByRole('dialog', { name: /^doc-drawer_articles/ })
    await drawer.locator('#field-title').fill(`Skriven på plats ${tag}`)
    await drawer.locator('#field-lead').fill('En ingress skriven utan att lämna numret.')
    // The toolbar speaks Swedish: the block menu names a paragraph "Brödtext".
    await drawer.locator('[contenteditable="true"]').first().click()
    await expect(drawer.getByText('Brödtext').first()).toBeVisible()
    // Articles save themselves as drafts while the editor writes (autosave): nothing to click.
    await expect(async () => {
      const found = await (await request.get(`/api/articles?where[title][equals]=${encodeURIComponent(`Skriven på plats ${tag}`)}&draft=true&depth=0`, { headers: auth })).json()
      ids.written = found.docs[0]?.id
      expect(found.docs[0]?._status).toBe('draft')
    }).toPass({ timeout: 20_000 })
    await drawer.getByRole('button', { name: 'Stäng' }).first().click()
    await expect(drawer).toBeHidden()

    // The issue's draft (autosaved) has the new article in AKTUELLT and the moved one in KALENDARIUM.
    await expect(async () => {
      const draft = await (await request.get(`/api/issues/${ids.issue}?draft=true&depth=0`, { headers: auth })).json()
      expect(draft.sections.map((s: { items: { article: number }[] }) => s.items.map((i) => i.article))).toEqual([[ids.written], [ids.article]])
    }).toPass({ timeout: 30_000 })
    await context.close()
  } finally {
    if (ids.issue) await request.delete(`/api/issues/${ids.issue}`, { headers: auth })
    for (const id of [ids.written, ids.article]) if (id) await request.delete(`/api/articles/${id}`, { headers: auth })
  }
})

test('a reusable text changed before a send shows in the issue; changed after it, the record keeps what was sent', async ({ request }) => {
  const auth = { Authorization: `JWT ${await tokenFor(request, E2E_ACCOUNTS.admin)}` }
  const publisher = { Authorization: `JWT ${await tokenFor(request, E2E_ACCOUNTS.publisher)}` }
  const tag = Date.now().toString(36)
  const slug = `aterkommande-${tag}`
  const words = (sentence: string) => richText(paragraph(`${sentence} ${tag}.`))
  const ids: { text?: number; issue?: number } = {}
  const publishText = async (sentence: string) => expect((await request.patch(`/api/reusable-texts/${ids.text}`, { headers: auth, data: { body: words(sentence), _status: 'published' } })).status()).toBe(200)
  try {
    ids.text = (await (await request.post('/api/reusable-texts', { headers: auth, data: { name: `Påminnelse ${tag}`, body: words('Glöm inte att prenumerera'), _status: 'published' } })).json()).doc.id
    const issue = { title: `Nytt från RUS texter ${tag}`, slug, issueDate: '1990-09-15T10:00:00.000Z', issueDate_tz: 'Europe/Stockholm', intro: 'Inledning.', sections: [], reusableTexts: [ids.text], _status: 'published' }
    ids.issue = (await (await request.post('/api/issues', { headers: auth, data: issue })).json()).doc.id
    expect(await (await request.get(`/nyhetsbrev/${slug}`)).text()).toContain(`Glöm inte att prenumerera ${tag}.`)

    await publishText('Glöm inte att anmäla dig')
    expect(await (await request.get(`/nyhetsbrev/${slug}`)).text()).toContain(`Glöm inte att anmäla dig ${tag}.`)
    expect(await (await request.get(`/nyhetsbrev/${slug}/webbversion`)).text()).toContain(`Glöm inte att anmäla dig ${tag}.`)

    expect((await request.post(`/api/issues/${ids.issue}/markera-skickat`, { headers: publisher, data: { sentAt: new Date().toISOString(), sentTo: 'Provlistan' } })).status()).toBe(201)
    await publishText('Ny lydelse efter utskicket')
    expect(await (await request.get(`/nyhetsbrev/${slug}`)).text()).toContain(`Ny lydelse efter utskicket ${tag}.`)
    const record = await (await request.get(`/nyhetsbrev/${slug}/webbversion`)).text()
    expect(record).toContain(`Glöm inte att anmäla dig ${tag}.`)
    expect(record).not.toContain('Ny lydelse efter utskicket')
  } finally {
    // A sent issue stays in the record: it is taken off the site, and lets go of the text.
    if (ids.issue) await request.patch(`/api/issues/${ids.issue}`, { headers: auth, data: { reusableTexts: [], _status: 'draft' } })
    if (ids.text) await request.delete(`/api/reusable-texts/${ids.text}`, { headers: auth })
  }
})
