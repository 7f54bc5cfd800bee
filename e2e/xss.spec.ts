import { expect, test } from '@playwright/test'

import { E2E_ACCOUNTS } from '@/testing/e2eAccounts'
import { findBySlug, publish, tokenFor } from './helpers/apiAs'

/** Classic payloads an editor might paste, on purpose or from a poisoned source. */
const PAYLOADS = [
  '<script>alert("xss-1")</script>',
  '<img src=x onerror=alert("xss-2")>',
  '"><svg onload=alert("xss-3")>',
  "'><iframe src=javascript:alert('xss-4')>",
  '<a href="javascript:alert(\'xss-5\')">klick</a>',
  '{{constructor.constructor("alert(\'xss-6\')")()}}',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert("xss-7")>',
  '<body onload=alert("xss-8")>',
  '</title><script>alert("xss-9")</script>',
  '<details open ontoggle=alert("xss-10")>',
  'javascript:alert("xss-11")',
  '<style>*{background:url("javascript:alert(\'xss-12\')")}</style>',
]

const textNode = (text: string) => ({ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })
const paragraph = (...children: object[]) => ({ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children })

test('an editor’s XSS payloads run nowhere: not on the pages, in the web version, search or feeds', async ({ page, request }) => {
  const token = await tokenFor(request, E2E_ACCOUNTS.editor)
  const auth = { Authorization: `JWT ${token}` }

  // A javascript: link is refused when it is saved …
  const refused = await request.post('/api/articles', {
    headers: auth,
    data: {
      title: 'Länktest',
      lead: 'x',
      _status: 'published',
      body: { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [paragraph({ type: 'link', version: 3, fields: { url: 'javascript:alert(1)', linkType: 'custom', newTab: false }, children: [textNode('klick')], format: '', indent: 0, direction: 'ltr' })] } },
    },
  })
  expect(refused.status()).toBe(400)

  // … and every other payload is stored as text and shown as text.
  const created = await request.post('/api/articles', {
    headers: auth,
    data: {
      title: `XSS-prov ${PAYLOADS[1]}`,
      slug: 'xss-prov',
      lead: PAYLOADS.join(' '),
      body: { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: PAYLOADS.map((p) => paragraph(textNode(p))) } },
      readMore: [{ label: PAYLOADS[2], url: 'https://example.se/?q=%22%3E%3Cscript%3E' }],
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  const article = (await created.json()).doc as { id: number }
  const issue = await findBySlug(request, 'issues', '2021-03-31', token)
  const full = await (await request.get(`/api/issues/${issue.id}?depth=0`, { headers: auth })).json()
  const sections = full.sections as { heading: string; items: { kind: string; article?: number; event?: number }[] }[]
  const withPayloads = sections.map((section, index) => (index === 0 ? { ...section, items: [...section.items, { kind: 'article', article: article.id }] } : section))
  try {
    await publish(request, token, 'issues', issue.id, { sections: withPayloads })

    const dialogs: string[] = []
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message())
      await dialog.dismiss()
    })
    for (const path of ['/', '/nyhetsbrev/2021-03-31', '/artiklar/xss-prov', '/nyhetsbrev/2021-03-31/webbversion', '/sok?q=xss', '/rss.xml']) {
      // Settled: loaded, nothing more fetched, and one more frame for handlers that run after load.
      await page.goto(path, { waitUntil: 'networkidle' })
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))))
    }
    await page.goto('/artiklar/xss-prov')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('<img src=x onerror=alert("xss-2")>')
    expect(dialogs).toEqual([])
  } finally {
    // The seed as it was, for the journeys that follow, whatever happened above.
    await publish(request, token, 'issues', issue.id, { sections })
    await request.delete(`/api/articles/${article.id}`, { headers: auth })
  }
})
