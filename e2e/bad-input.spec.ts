import { expect, test } from '@playwright/test'

/** Odd input a crawler, a typo or an attacker sends: each must get a 4xx (or a friendly 200), never a 5xx. */
const BAD_SEGMENTS = [
  'a'.repeat(2000),
  '%F0%9F%92%A9',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  '%00',
  '%E2%80%AE%E2%80%AD',
  "%27%20OR%201%3D1%20--",
  '%3Cscript%3E',
  '%C0%AE%C0%AE',
  '%',
]

const PAGE_TEMPLATES = [
  '/artiklar/{x}',
  '/nyhetsbrev/{x}',
  '/nyhetsbrev/{x}/webbversion',
  '/nyhetsbrev/{x}/webbversion.txt',
  '/evenemang/{x}',
  '/evenemang/{x}/kalender.ics',
  '/referensgrupper/{x}',
  '/{x}',
  '/sok?q={x}&sida={x}',
  '/forhandsgranska?path={x}',
  '/forhandsgranska/nyhetsbrev/{x}/e-post.html',
  '/api/articles/{x}',
  '/api/articles?where[slug][equals]={x}&depth={x}&limit={x}',
]

test('bad input in every public route and our API routes gets a clear 4xx, never a 5xx', async ({ request }) => {
  const failures: string[] = []
  for (const template of PAGE_TEMPLATES) {
    for (const segment of BAD_SEGMENTS) {
      const path = template.replaceAll('{x}', segment)
      const response = await request.get(path, { failOnStatusCode: false, maxRedirects: 0 })
      if (response.status() >= 500) failures.push(`${response.status()} GET ${path.slice(0, 90)}`)
    }
  }
  const huge = await request.get(`/sok?q=${'miljö'.repeat(1500)}`, { failOnStatusCode: false })
  if (huge.status() >= 500) failures.push(`${huge.status()} GET /sok?q=<7500 characters>`)
  expect(failures).toEqual([])
})

test('wrong methods are refused with a 4xx', async ({ request }) => {
  const failures: string[] = []
  for (const path of ['/rss.xml', '/evenemang.ics', '/nyhetsbrev/2021-03-31/webbversion', '/evenemang/miljomalsdagarna-2021/kalender.ics', '/forhandsgranska']) {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH'] as const) {
      const status = (await request.fetch(path, { method, failOnStatusCode: false, data: 'x' })).status()
      if (status < 400 || status >= 500) failures.push(`${status} ${method} ${path}`)
    }
  }
  for (const [method, path] of [['DELETE', '/api/articles/1'], ['POST', '/api/users'], ['PATCH', '/api/globals/site-settings']] as const) {
    const status = (await request.fetch(path, { method, failOnStatusCode: false, data: {} })).status()
    if (status < 400 || status >= 500) failures.push(`${status} ${method} ${path}`)
  }
  expect(failures).toEqual([])
})
