import { expect, test } from '@playwright/test'

import { E2E_ACCOUNTS } from '@/testing/e2eAccounts'
import { findBySlug, tokenFor } from './helpers/apiAs'
import { startShippedNginx } from '@/testing/shippedNginx'

const APP_PORT = Number(process.env.E2E_PORT ?? 3100)
const ARTICLE = '/artiklar/ny-kartlaggning-av-kommuners-arbete-med-biologisk-mangfald'

test('the shipped nginx config caches public pages, bypasses the admin, and shows a publish within about a second', async ({ request }) => {
  const nginx = await startShippedNginx(APP_PORT, APP_PORT + 80)
  try {
    const status = async (path: string, headers: Record<string, string> = {}) =>
      (await fetch(`${nginx.origin}${path}`, { headers })).headers.get('x-cache-status')
    await status(ARTICLE)
    expect(await status(ARTICLE)).toBe('HIT')
    expect(await status('/admin/login')).toBeNull()
    expect(await status(ARTICLE, { Cookie: 'payload-token=x' })).toBe('BYPASS')

    const token = await tokenFor(request, E2E_ACCOUNTS.editor)
    const article = await findBySlug(request, 'articles', ARTICLE.split('/').pop() ?? '', token)
    const newTitle = `Ny kartläggning – uppdaterad ${Date.now()}`
    const auth = { Authorization: `JWT ${token}` }
    expect((await request.patch(`/api/articles/${article.id}`, { headers: auth, data: { title: newTitle, _status: 'published' } })).status()).toBe(200)
    await expect
      .poll(async () => (await fetch(`${nginx.origin}${ARTICLE}`)).text(), { timeout: 2500, intervals: [100] })
      .toContain(newTitle)
    await request.patch(`/api/articles/${article.id}`, { headers: auth, data: { title: article.title, _status: 'published' } })
  } finally {
    nginx.stop()
  }
})
