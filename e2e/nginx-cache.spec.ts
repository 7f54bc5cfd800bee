import { expect, test } from '@playwright/test'

import { E2E_ACCOUNTS } from '@/testing/e2eAccounts'
import { startShippedNginx } from '@/testing/shippedNginx'

import { findBySlug, publish, tokenFor } from './helpers/apiAs'

const APP_PORT = Number(process.env.E2E_PORT ?? 3100)
const ARTICLE = '/artiklar/ny-kartlaggning-av-kommuners-arbete-med-biologisk-mangfald'

test('the shipped nginx config caches public pages, bypasses the admin and signed-in editors, and passes a publish on', async ({ request }) => {
  const nginx = await startShippedNginx(APP_PORT, APP_PORT + 80)
  const token = await tokenFor(request, E2E_ACCOUNTS.editor)
  const article = await findBySlug(request, 'articles', ARTICLE.split('/').pop() ?? '', token)
  try {
    const status = async (path: string, headers: Record<string, string> = {}) =>
      (await fetch(`${nginx.origin}${path}`, { headers })).headers.get('x-cache-status')
    await status(ARTICLE)
    expect(await status(ARTICLE)).toBe('HIT')
    expect(await status('/admin/login')).toBeNull()
    expect(await status(ARTICLE, { Cookie: 'payload-token=x' })).toBe('BYPASS')

    // The micro-cache keeps a page for a second: a publish reaches readers through it by itself
    // (how soon is measured by `npm run bench`).
    const newTitle = `Ny kartläggning – uppdaterad ${Date.now()}`
    await publish(request, token, 'articles', article.id, { title: newTitle })
    await expect.poll(async () => (await fetch(`${nginx.origin}${ARTICLE}`)).text()).toContain(newTitle)
  } finally {
    await publish(request, token, 'articles', article.id, { title: article.title })
    nginx.stop()
  }
})
