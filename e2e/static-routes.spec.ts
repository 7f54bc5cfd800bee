import { expect, test, type APIRequestContext } from '@playwright/test'

import { E2E_ACCOUNTS } from '@/testing/e2eAccounts'
import { findBySlug, tokenFor } from './helpers/apiAs'

const ARTICLE = 'nationell-samordning-for-en-hallbar-plastanvandning'

/** Every route served from Next's cache, with what its body must hold. */
const CACHED_ROUTES: [path: string, type: RegExp, holds: string | null][] = [
  ['/nyhetsbrev/2021-03-31/webbversion', /^text\/html/, 'Nationell samordning för en hållbar plastanvändning'],
  ['/nyhetsbrev/2021-03-31/webbversion.txt', /^text\/plain/, 'Nationell samordning för en hållbar plastanvändning'],
  ['/rss.xml', /^application\/rss\+xml/, 'Nationell samordning för en hållbar plastanvändning'],
  ['/atom.xml', /^application\/atom\+xml/, 'Nationell samordning för en hållbar plastanvändning'],
  ['/evenemang.ics', /^text\/calendar/, 'BEGIN:VEVENT'],
  ['/sitemap.xml', /xml/, `/artiklar/${ARTICLE}</loc>`],
  ['/robots.txt', /^text\/plain/, 'Sitemap:'],
  ['/', /^text\/html/, 'Nytt från RUS 31 mars'],
  [`/artiklar/${ARTICLE}`, /^text\/html/, 'Nationell samordning för en hållbar plastanvändning'],
]

/** Publishing expires the cached copies of every route above, so each is regenerated next. */
async function publishArticle(request: APIRequestContext, token: string): Promise<void> {
  const article = await findBySlug(request, 'articles', ARTICLE, token)
  const response = await request.patch(`/api/articles/${article.id}`, { headers: { Authorization: `JWT ${token}` }, data: { _status: 'published' } })
  expect(response.status()).toBe(200)
}

/** Share images live at addresses with a build hash in them; the pages say where. */
async function shareImages(request: APIRequestContext): Promise<typeof CACHED_ROUTES> {
  const found: typeof CACHED_ROUTES = []
  for (const [page, property] of [[`/artiklar/${ARTICLE}`, 'og:image'], ['/nyhetsbrev/2021-03-31', 'twitter:image']] as const) {
    const html = await (await request.get(page)).text()
    const url = new RegExp(`<meta (?:property|name)="${property}" content="([^"]+)"`).exec(html)?.[1]
    expect(url, `${property} of ${page}`).toBeTruthy()
    found.push([new URL(String(url).replaceAll('&amp;', '&')).pathname, /^image\/png/, null])
  }
  return found
}

test('OPTIONS and HEAD on a stale cached route never spoil the copy the next reader gets', async ({ request }) => {
  const token = await tokenFor(request, E2E_ACCOUNTS.editor)
  const routes = [...CACHED_ROUTES, ...(await shareImages(request))]
  for (const method of ['OPTIONS', 'HEAD'] as const) {
    await publishArticle(request, token)
    for (const [path] of routes) {
      const odd = await request.fetch(path, { method })
      expect(odd.status(), `${method} ${path}`).toBe(method === 'OPTIONS' ? 204 : 200)
      if (method === 'OPTIONS') expect(odd.headers().allow, path).toBe('GET, HEAD, OPTIONS')
    }
    for (const [path, type, holds] of routes) {
      const response = await request.get(path)
      expect(response.status(), `GET ${path} after ${method}`).toBe(200)
      expect(response.headers()['content-type'], path).toMatch(type)
      if (holds) expect(await response.text(), path).toContain(holds)
      else expect((await response.body()).length, path).toBeGreaterThan(1000)
    }
  }
})
