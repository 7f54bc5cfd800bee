import { beforeEach, describe, expect, it, vi } from 'vitest'

const draft = vi.hoisted(() => ({ enabled: false }))
vi.mock('next/headers', () => ({
  draftMode: async () => ({ isEnabled: draft.enabled }),
  headers: async () => new Headers(),
}))
vi.mock('@/lib/queries/payload', () => ({
  PUBLIC_READER: { draft: false, user: null },
  currentReader: async () => (draft.enabled ? { draft: true, user: { id: 1, collection: 'users' } } : { draft: false, user: null }),
}))

import { cachedRoute, type Rendered } from './cachedRoute'

const page = (body: string): Rendered => ({ body, contentType: 'text/html; charset=utf-8' })
const notFound = async () => ({ status: 404, body: 'Finns inte', contentType: 'text/plain; charset=utf-8' })
const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers })
const withSlug = (slug: string) => ({ params: Promise.resolve({ slug }) })

describe('cachedRoute', () => {
  const produce = vi.fn(async (reader: { draft: boolean }, { slug }: { slug: string }) => (slug === 'saknas' ? null : page(`${reader.draft ? 'utkast' : 'publicerat'}:${slug}`)))
  const exists = vi.fn(async ({ slug }: { slug: string }) => slug !== 'pahittad')
  const route = cachedRoute<{ slug: string }>({ key: 'test', tags: [], exists, produce, notFound })

  beforeEach(() => {
    draft.enabled = false
    produce.mockClear()
    exists.mockClear()
  })

  it('answers what exists, publicly cacheable, with an ETag that makes a repeat a 304', async () => {
    const first = await route(get('/x'), withSlug('artikel'))
    expect([first.status, await first.text()]).toEqual([200, 'publicerat:artikel'])
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    const again = await route(get('/x', { 'If-None-Match': etag }), withSlug('artikel'))
    expect([again.status, await again.text()]).toEqual([304, ''])
  })

  it('answers a made-up address with the 404 without making anything', async () => {
    const response = await route(get('/x'), withSlug('pahittad'))
    expect([response.status, await response.text()]).toEqual([404, 'Finns inte'])
    expect(produce).not.toHaveBeenCalled()
  })

  it('answers a document that went away with the 404 too', async () => {
    expect((await route(get('/x'), withSlug('saknas'))).status).toBe(404)
  })

  it('gives an editor in draft mode the draft, privately, past the gate', async () => {
    draft.enabled = true
    const response = await route(get('/x'), withSlug('pahittad'))
    expect([response.status, await response.text()]).toEqual([200, 'utkast:pahittad'])
    expect(response.headers.get('cache-control')).toBe('private, no-store')
  })

  it('answers a database outage with a 503 that says so and is never cached, anything else with a 500', async () => {
    const outage = cachedRoute({ key: 'outage', tags: [], notFound, produce: async () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })) })
    const down = await outage(get('/x'))
    expect(down.status).toBe(503)
    expect(down.headers.get('retry-after')).toBe('15')
    expect(down.headers.get('cache-control')).toBe('no-store')
    expect(await down.text()).toContain('Sidan kan inte visas just nu')
    const broken = cachedRoute({ key: 'broken', tags: [], notFound, produce: async () => Promise.reject(new TypeError('a bug')) })
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect((await broken(get('/x'))).status).toBe(500)
    consoleError.mockRestore()
  })

  it('sends a binary answer as the bytes it is', async () => {
    const png = cachedRoute({ key: 'png', tags: [], notFound, produce: async () => ({ body: Buffer.from([137, 80, 78, 71]).toString('base64'), base64: true, contentType: 'image/png' }) })
    expect([...new Uint8Array(await (await png(get('/x'))).arrayBuffer())]).toEqual([137, 80, 78, 71])
  })
})
