import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const draft = vi.hoisted(() => ({ enabled: false }))
vi.mock('next/headers', () => ({
  draftMode: async () => ({ isEnabled: draft.enabled }),
  headers: async () => new Headers(),
}))
vi.mock('@/site/payload', () => ({
  payloadClient: async () => ({}),
  currentReader: async () => (draft.enabled ? { draft: true, user: { id: 1, collection: 'users' } } : { draft: false, user: null }),
}))

import { adoptRecord, learnExpiry } from '@/lib/cache/expiryWatch'
import { pagesInMemory } from '@/lib/cache/pageStore'
import { reportTags } from '@/lib/cache/tagScope'

import { cachedRoute, type PageContext, type Rendered } from './cachedRoute'

const TAG = 'collection:articles'
const page = (body: string): Rendered => ({ body, contentType: 'text/html; charset=utf-8' })
const notFound = async () => ({ status: 404, body: 'Finns inte', contentType: 'text/plain; charset=utf-8' })
const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers })
const withSlug = (slug: string) => ({ params: Promise.resolve({ slug }) })
const outageError = () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })

let expiryId = 100
/** An editor publishes: the record says the tag expired, as the watch would learn it. */
const publish = (tag = TAG) => learnExpiry((expiryId += 1), [tag])

describe('cachedRoute', () => {
  let version = 0
  const produce = vi.fn(async ({ reader }: PageContext, { slug }: { slug: string }) => {
    // What a public read does: report the tags of what it showed.
    reportTags([TAG])
    return slug === 'saknas' ? null : page(`${reader.draft ? 'utkast' : 'publicerat'}:${slug}:${version}`)
  })
  const exists = vi.fn(async (_context: PageContext, { slug }: { slug: string }) => slug !== 'pahittad')
  const route = cachedRoute<{ slug: string }>({ exists, produce, notFound })

  beforeEach(() => {
    adoptRecord('epoch-1', new Map([[TAG, 1]]))
    draft.enabled = false
    version = 0
    produce.mockClear()
    exists.mockClear()
  })
  afterEach(() => vi.useRealTimers())

  it('answers what exists, publicly cacheable, with an ETag that makes a repeat a 304', async () => {
    const first = await route(get('/etag'), withSlug('artikel'))
    expect([first.status, await first.text()]).toEqual([200, 'publicerat:artikel:0'])
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    const again = await route(get('/etag', { 'If-None-Match': etag }), withSlug('artikel'))
    expect([again.status, await again.text()]).toEqual([304, ''])
  })

  it('keeps the page until a tag its reads reported expires, then makes it again', async () => {
    expect(await (await route(get('/kept'), withSlug('artikel'))).text()).toBe('publicerat:artikel:0')
    version = 1
    expect(await (await route(get('/kept'), withSlug('artikel'))).text()).toBe('publicerat:artikel:0')
    expect(produce).toHaveBeenCalledTimes(1)
    publish('collection:events')
    expect(await (await route(get('/kept'), withSlug('artikel'))).text()).toBe('publicerat:artikel:0')
    publish()
    expect(await (await route(get('/kept'), withSlug('artikel'))).text()).toBe('publicerat:artikel:1')
    expect(produce).toHaveBeenCalledTimes(2)
  })

  it('keeps one entry per address whatever the query string says', async () => {
    const before = pagesInMemory().entries
    for (const query of ['', '?a=1', '?utm_source=x', '?a=2&b=3']) await route(get(`/fraga${query}`), withSlug('artikel'))
    expect(pagesInMemory().entries - before).toBe(1)
    expect(produce).toHaveBeenCalledTimes(1)
  })

  it('keeps nothing whose reads reported no tags (it would never be expired)', async () => {
    const blind = cachedRoute({ notFound, produce: async () => page(`blind:${(version += 1)}`) })
    expect(await (await blind(get('/blind'))).text()).toBe('blind:1')
    expect(await (await blind(get('/blind'))).text()).toBe('blind:2')
  })

  it('answers a made-up address with the 404 without making or keeping anything', async () => {
    const before = pagesInMemory().entries
    const response = await route(get('/pahittad'), withSlug('pahittad'))
    expect([response.status, await response.text()]).toEqual([404, 'Finns inte'])
    expect(produce).not.toHaveBeenCalled()
    expect(pagesInMemory().entries).toBe(before)
  })

  it('answers a document that went away with the 404, and keeps no 404', async () => {
    const before = pagesInMemory().entries
    expect((await route(get('/saknas'), withSlug('saknas'))).status).toBe(404)
    expect((await route(get('/saknas'), withSlug('saknas'))).status).toBe(404)
    expect(produce).toHaveBeenCalledTimes(2)
    expect(pagesInMemory().entries).toBe(before)
  })

  it('gives an editor in draft mode the draft, privately, past the gate and past the kept page', async () => {
    await route(get('/utkast'), withSlug('artikel'))
    draft.enabled = true
    const response = await route(get('/utkast'), withSlug('pahittad'))
    expect([response.status, await response.text()]).toEqual([200, 'utkast:pahittad:0'])
    expect(response.headers.get('cache-control')).toBe('private, no-store')
  })

  it('answers a database outage with a 503 that says so and is never kept, anything else with a 500', async () => {
    const outage = cachedRoute({ notFound, produce: async () => Promise.reject(outageError()) })
    const down = await outage(get('/nere'))
    expect(down.status).toBe(503)
    expect(down.headers.get('retry-after')).toBe('15')
    expect(down.headers.get('cache-control')).toBe('no-store')
    expect(await down.text()).toContain('Sidan kan inte visas just nu')
    const broken = cachedRoute({ notFound, produce: async () => Promise.reject(new TypeError('a bug')) })
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect((await broken(get('/trasig'))).status).toBe(500)
    consoleError.mockRestore()
  })

  it('during an outage serves a page out of date only by the clock, never one whose content was expired', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-06T10:00:00Z'), toFake: ['Date'] })
    let down = false
    const timed = cachedRoute({
      revalidate: 600,
      notFound,
      produce: async () => {
        reportTags([TAG])
        if (down) throw outageError()
        return page(`klocka:${(version += 1)}`)
      },
    })
    expect(await (await timed(get('/klocka'))).text()).toBe('klocka:1')
    vi.setSystemTime(Date.parse('2026-12-06T10:11:00Z'))
    down = true
    const stale = await timed(get('/klocka'))
    expect([stale.status, await stale.text()]).toEqual([200, 'klocka:1'])
    publish()
    expect((await timed(get('/klocka'))).status).toBe(503)
  })

  it('sends a binary answer as the bytes it is', async () => {
    const png = cachedRoute({ notFound, produce: async () => ({ body: Buffer.from([137, 80, 78, 71]).toString('base64'), base64: true, contentType: 'image/png' }) })
    expect([...new Uint8Array(await (await png(get('/bild.png'))).arrayBuffer())]).toEqual([137, 80, 78, 71])
  })
})
