import { readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'
import { createClient } from 'redis'

import { startInstance, stopInstance, type Instance } from './helpers/instance'
import { findFreePort } from '@/scripts/lib/ports'
import { E2E_ACCOUNTS } from '@/testing/e2eAccounts'
import { startTestRedis, type TestRedis } from '@/testing/redisServer'
import { SHIPPED_NGINX_CONFIG, startShippedNginx } from '@/testing/shippedNginx'

/**
 * Two more instances of the e2e build (server.ts, as production runs it) on the same database,
 * sharing the readers' page cache on Debian's redis-server (REDIS_URL), with the shipped nginx in front of
 * both: what README "Running on several servers" describes.
 */
const ARTICLE = '/artiklar/nationell-samordning-for-en-hallbar-plastanvandning'
const SLUG = 'nationell-samordning-for-en-hallbar-plastanvandning'
const FAIL_TIMEOUT_MS = 1000 * Number(/fail_timeout=(\d+)s/.exec(readFileSync(SHIPPED_NGINX_CONFIG, 'utf8'))?.[1] ?? NaN)
if (!(FAIL_TIMEOUT_MS > 0)) throw new Error('deploy/nginx/nytt-fran-rus.conf names no fail_timeout=<n>s for the upstream')

const page = async (origin: string, path = ARTICLE) => {
  const response = await fetch(`${origin}${path}`)
  return { status: response.status, text: await response.text() }
}

/**
 * Readers asking through `origin` all the while, four at a time, each request a page nginx has not
 * cached (so an app instance answers it): what a restart or an outage does to readers meanwhile.
 */
function readersMeanwhile(origin: string) {
  const statuses: number[] = []
  let running = true
  let n = 0
  const reader = async () => {
    while (running) {
      n += 1
      const path = n % 2 ? `/nyhetsbrev?last=${n}` : `${ARTICLE}?last=${n}`
      statuses.push(await fetch(`${origin}${path}`).then((response) => response.status, () => 0))
    }
  }
  const readers = [reader(), reader(), reader(), reader()]
  return {
    /** How many answers of each status (0: no answer at all) the readers got meanwhile. */
    stop: async () => {
      running = false
      await Promise.all(readers)
      const tally: Record<number, number> = {}
      for (const status of statuses) tally[status] = (tally[status] ?? 0) + 1
      return tally
    },
  }
}

/** Asks until the answer is as expected: another instance sees a change by its next read, not a timer. */
async function eventually(what: string, check: () => Promise<boolean>, tries = 100): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`never saw ${what}`)
}

test('two instances behind nginx share one cache on Redis: a publish on one shows on the other, and readers never get a 5xx', async () => {
  test.setTimeout(180_000)
  let redis: TestRedis | undefined
  const instances: Instance[] = []
  let nginx: { origin: string; stop: () => void } | undefined
  let restore: (() => Promise<void>) | undefined
  try {
    redis = await startTestRedis()
    const [a, b] = [await startInstance({ env: { REDIS_URL: redis.url } }), await startInstance({ env: { REDIS_URL: redis.url } })] as const
    instances.push(a, b)
    nginx = await startShippedNginx([new URL(a.origin).port, new URL(b.origin).port].map(Number), await findFreePort())

    // Logged in on A, saving on B.
    const login = await fetch(`${a.origin}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(E2E_ACCOUNTS.editor) })
    const { token } = (await login.json()) as { token: string }
    const auth = { Authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const found = await (await fetch(`${b.origin}/api/articles?where[slug][equals]=${SLUG}&depth=0`, { headers: auth })).json()
    const article = found.docs[0] as { id: number; title: string }
    const save = (origin: string, data: Record<string, unknown>) => fetch(`${origin}/api/articles/${article.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify(data) })
    restore = async () => {
      await save(b.origin, { title: article.title, _status: 'published' })
    }

    // Both instances (and nginx) have the page cached, in Redis; B publishes; A and nginx show it.
    const inRedis = async <T>(command: string[]) => {
      const client = createClient({ url: redis!.url })
      await client.connect()
      try {
        return (await client.sendCommand(command)) as T
      } finally {
        await client.quit()
      }
    }
    const entries = async () => (await inRedis<string[]>(['KEYS', 'rus:page:*'])).length
    for (const origin of [a.origin, b.origin, nginx.origin]) expect((await page(origin)).status).toBe(200)
    expect(await entries()).toBeGreaterThan(0)
    const tag = `[två instanser ${Date.now().toString(36)}]`
    expect((await save(b.origin, { title: `${article.title} ${tag}`, _status: 'published' })).status).toBe(200)
    await eventually('the publish on instance A', async () => (await page(a.origin)).text.includes(tag))
    await eventually('the publish through nginx', async () => (await page(nginx!.origin)).text.includes(tag))
    // B takes it off the site; A answers 404.
    expect((await save(b.origin, { _status: 'draft' })).status).toBe(200)
    await eventually('the unpublish on instance A', async () => (await page(a.origin)).status === 404)
    expect((await save(a.origin, { title: article.title, _status: 'published' })).status).toBe(200)
    await eventually('the page back on B', async () => (await page(b.origin)).status === 200)

    // Redis goes away under load: both instances serve from the database, no 5xx; back, sharing resumes.
    const duringOutage = readersMeanwhile(nginx.origin)
    await new Promise((resolve) => setTimeout(resolve, 500))
    await redis.stop()
    for (const origin of [a.origin, b.origin]) {
      for (const path of [ARTICLE, '/', '/nyhetsbrev/2021-03-31', '/nyhetsbrev/2021-03-31/webbversion']) expect((await page(origin, path)).status, `${origin}${path}`).toBe(200)
    }
    const outage = await duringOutage.stop()
    expect(outage[200]).toBeGreaterThan(20)
    expect(outage).toEqual({ 200: outage[200] })
    await redis.start()
    // B reconnects by itself (within five seconds) and keeps the pages it makes in Redis again; A's
    // publish expires B's copies whatever Redis holds (the expiry record is in PostgreSQL).
    await inRedis(['FLUSHALL'])
    await eventually('B to keep pages in Redis again', async () => {
      // Each publish makes B render the page anew, and keep it in Redis once it is back.
      const mark = `[igen ${Date.now().toString(36)}]`
      await save(a.origin, { title: `${article.title} ${mark}`, _status: 'published' })
      return (await page(b.origin)).text.includes(mark) && (await entries()) > 0
    }, 100)
    const second = `[åter ${Date.now().toString(36)}]`
    expect((await save(a.origin, { title: `${article.title} ${second}`, _status: 'published' })).status).toBe(200)
    await eventually('the publish on A shared with B again', async () => (await page(b.origin)).text.includes(second), 200)

    // A rolling restart under load (README): A stops and starts again, then B; readers through
    // nginx meanwhile get only 200s, from whichever instance is up.
    const duringRestart = readersMeanwhile(nginx.origin)
    for (const old of [a, b]) {
      await stopInstance(old)
      instances.push(await startInstance({ env: { REDIS_URL: redis.url }, port: Number(new URL(old.origin).port) }))
      // nginx takes the instance back only after its fail_timeout (README: deploying without downtime).
      await new Promise((resolve) => setTimeout(resolve, FAIL_TIMEOUT_MS + 500))
    }
    const restart = await duringRestart.stop()
    expect(restart[200]).toBeGreaterThan(50)
    expect(restart).toEqual({ 200: restart[200] })
  } finally {
    await restore?.()
    nginx?.stop()
    for (const instance of instances) await stopInstance(instance)
    await redis?.dispose()
  }
})
