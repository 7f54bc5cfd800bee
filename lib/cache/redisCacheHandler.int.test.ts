import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestRedis, type TestRedis } from '@/testing/redisServer'

type Handler = {
  get: (key: string, ctx: unknown) => Promise<{ lastModified: number; value: unknown } | null>
  set: (key: string, data: unknown, ctx: unknown) => Promise<void>
  revalidateTag: (tags: string | string[], durations?: { expire?: number }) => Promise<void>
}

const fetchEntry = (body: string) => ({ kind: 'FETCH', data: { headers: {}, body, status: 200, url: '' }, revalidate: false })
const fetchCtx = (tags: string[]) => ({ kind: 'FETCH', tags, softTags: [] })
const until = async (what: string, ok: () => Promise<boolean>) => {
  for (let i = 0; i < 100; i++) {
    if (await ok()) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`timed out waiting for ${what}`)
}

describe("Next's cache on Redis (REDIS_URL)", () => {
  let redis: TestRedis
  let a: Handler
  let b: Handler

  beforeAll(async () => {
    redis = await startTestRedis()
    process.env.REDIS_URL = redis.url
    const { default: RedisCacheHandler } = (await import('./redisCacheHandler.mjs')) as { default: new (ctx: unknown) => Handler }
    // Two handlers stand for two instances; every read and write crosses Redis.
    a = new RedisCacheHandler({})
    b = new RedisCacheHandler({})
    await until('the client to connect', async () => {
      await a.set('probe', fetchEntry('x'), fetchCtx([]))
      return (await b.get('probe', fetchCtx([]))) !== null
    })
  })

  afterAll(async () => {
    delete process.env.REDIS_URL
    await redis.dispose()
  })

  it('shares entries, and an expiry on one instance reaches the other', async () => {
    await a.set('issue-page', fetchEntry('<h1>Nytt från RUS</h1>'), fetchCtx(['collection:issues']))
    expect((await b.get('issue-page', fetchCtx(['collection:issues'])))?.value).toEqual(fetchEntry('<h1>Nytt från RUS</h1>'))
    await b.revalidateTag(['collection:issues'], { expire: 0 })
    expect(await a.get('issue-page', fetchCtx(['collection:issues']))).toBeNull()
    // Another tag's expiry leaves an entry alone, and a path tag (softTags) counts too.
    await a.set('event-page', fetchEntry('evenemang'), fetchCtx(['collection:events']))
    await a.revalidateTag('collection:articles')
    expect(await b.get('event-page', fetchCtx(['collection:events']))).not.toBeNull()
    await a.revalidateTag('_N_T_/evenemang')
    expect(await b.get('event-page', { kind: 'FETCH', tags: ['collection:events'], softTags: ['_N_T_/evenemang'] })).toBeNull()
  })

  it('keeps a route’s bytes as bytes', async () => {
    const body = Buffer.from('<?xml version="1.0"?><rss/>')
    await a.set('/rss.xml', { kind: 'APP_ROUTE', body, status: 200, headers: { 'x-next-cache-tags': 'collection:issues' } }, { kind: 'APP_ROUTE' })
    const read = (await b.get('/rss.xml', { kind: 'APP_ROUTE' }))?.value as { body: Buffer }
    expect(Buffer.isBuffer(read.body)).toBe(true)
    expect(read.body.equals(body)).toBe(true)
  })

  it('serves on while Redis is away and shares again when it is back, the expiries it missed included', async () => {
    await a.set('article', fetchEntry('före'), fetchCtx(['collection:articles']))
    await redis.stop()
    const started = Date.now()
    expect(await b.get('article', fetchCtx(['collection:articles']))).toBeNull()
    await expect(a.set('other', fetchEntry('x'), fetchCtx([]))).resolves.toBeUndefined()
    await expect(a.revalidateTag(['collection:articles'], { expire: 0 })).resolves.toBeUndefined()
    expect(Date.now() - started).toBeLessThan(3000)

    await redis.start()
    await until('the client to reconnect', async () => {
      await a.set('probe-2', fetchEntry('x'), fetchCtx([]))
      return (await b.get('probe-2', fetchCtx([]))) !== null
    })
    // Redis kept the entry from before; the publish made while it was away has reached it now.
    await until('the missed expiry to be sent', async () => (await b.get('article', fetchCtx(['collection:articles']))) === null)
    await b.set('article', fetchEntry('efter'), fetchCtx(['collection:articles']))
    expect((await a.get('article', fetchCtx(['collection:articles'])))?.value).toEqual(fetchEntry('efter'))
  })
})
