import { expect, test } from '@playwright/test'

import { E2E_ACCOUNTS } from '@/testing/e2eAccounts'
import { E2E_MAILBOX } from '@/testing/e2eMailbox'
import { linkIn, mailTo, rawHeader, waitForMail } from '@/testing/mailbox'

import { tokenFor } from './helpers/apiAs'
import { expectAccessible } from './helpers/expectAccessible'
import { logIn } from './helpers/logIn'

test('a publisher sends a test to herself, then the issue to a list, and watches the record reach "Skickat"', async ({ page, request }) => {
  test.setTimeout(120_000)
  const tag = `${Date.now().toString(36)}`
  const token = await tokenFor(request, E2E_ACCOUNTS.admin)
  const auth = { Authorization: `JWT ${token}` }
  const ids: { issue?: number; list?: number } = {}
  try {
    // The journey's own issue (dated long ago, so it is nobody's "latest") and its own list.
    const issue = await request.post('/api/issues', {
      headers: auth,
      data: {
        title: `Nytt från RUS provnummer ${tag}`,
        slug: `provnummer-${tag}`,
        issueDate: '2019-05-15T10:00:00.000Z',
        issueDate_tz: 'Europe/Stockholm',
        intro: `Inledning till provnumret ${tag}.`,
        sections: [],
        _status: 'published',
      },
    })
    expect(issue.status()).toBe(201)
    ids.issue = (await issue.json()).doc.id
    const list = await request.post('/api/mailing-lists', { headers: auth, data: { name: `Provlista ${tag}`, publicSignup: false } })
    expect(list.status()).toBe(201)
    ids.list = (await list.json()).doc.id
    const addresses = [`mottagare1-${tag}@example.se`, `mottagare2-${tag}@example.se`]
    for (const email of addresses) {
      const created = await request.post('/api/subscribers', { headers: auth, data: { email, subscriptions: [{ list: ids.list, status: 'subscribed' }] } })
      expect(created.status()).toBe(201)
    }

    await logIn(page, E2E_ACCOUNTS.publisher)
    await expect(page).toHaveURL(/\/admin\/?$/)
    await page.goto(`/admin/collections/issues/${ids.issue}`)
    const panel = page.getByRole('region', { name: 'Skicka' })
    await expect(panel).toBeVisible()

    // A test send goes to the editor's own address by default, marked as a test.
    await expect(panel.getByLabel('Provutskick till')).toHaveValue(E2E_ACCOUNTS.publisher.email)
    const earlier = (await mailTo(E2E_MAILBOX, E2E_ACCOUNTS.publisher.email)).length
    await panel.getByRole('button', { name: 'Skicka provutskick' }).click()
    await expect(panel.getByText(`Provutskicket är på väg till ${E2E_ACCOUNTS.publisher.email}.`)).toBeVisible()
    const test = (await waitForMail(E2E_MAILBOX, E2E_ACCOUNTS.publisher.email, earlier + 1, 30_000)).find((mail) => mail.subject?.includes(tag))
    expect(test?.subject).toBe(`[Provutskick] Nytt från RUS provnummer ${tag}`)

    // The send: choose the list, see the count, confirm.
    await panel.getByLabel(`Provlista ${tag}`).check()
    await expect(panel.getByRole('status').filter({ hasText: '2 mottagare.' })).toBeVisible()
    await panel.getByRole('button', { name: 'Skicka nyhetsbrevet' }).click()
    const confirm = panel.getByRole('alertdialog')
    await expect(confirm).toContainText(`Skicka ”Nytt från RUS provnummer ${tag}” till 2 mottagare nu?`)
    await expectAccessible(page, '.sending-panel')
    await confirm.getByRole('button', { name: 'Ja, skicka' }).click()

    const record = panel.locator('.sending-panel__list > li').filter({ hasText: `Provlista ${tag}` })
    await expect(record).toContainText('Skickat', { timeout: 60_000 })
    await expect(record).toContainText('2 skickade av 2')
    await expectAccessible(page, '.sending-panel')
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      await page.setViewportSize({ width: 1280, height: 1600 })
      await panel.screenshot({ path: 'public/screenshots/utskick.png' })
    }

    for (const email of addresses) {
      const [mail] = await waitForMail(E2E_MAILBOX, email, 1, 10_000)
      expect(mail?.subject).toBe(`Nytt från RUS provnummer ${tag}`)
      expect(rawHeader(mail!, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
      expect(linkIn(mail!, /\/avregistrera\//)).toBeTruthy()
    }

    // Sending again to the same list reaches nobody: each address has had the issue.
    const again = await request.get(`/api/issues/${ids.issue}/mottagare?listor=${ids.list}`, { headers: auth })
    expect(await again.json()).toEqual({ toSend: 0, alreadySent: 2 })
  } finally {
    await request.delete(`/api/subscribers?where[email][like]=${tag}`, { headers: auth })
    if (ids.list) await request.delete(`/api/mailing-lists/${ids.list}`, { headers: auth })
    // A sent issue stays in the record of what was sent: it can only be taken off the site.
    if (ids.issue) await request.patch(`/api/issues/${ids.issue}`, { headers: auth, data: { _status: 'draft' } })
  }
})
