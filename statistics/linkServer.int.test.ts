import type { AddressInfo } from 'node:net'

import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { trustRule } from '@/lib/security/clientAddress'
import { makeIssue } from '@/testing/content'
import { testPayload } from '@/testing/payload'

import { createLinkServer, type LinkServer } from './linkServer'

const READER = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15'

/** The short links in a process of their own, over real HTTP, against the test database. */
describe('the link server', () => {
  let payload: Payload
  let pool: pg.Pool
  let links: LinkServer
  let origin = ''
  let issue = 0
  let sending = 0

  const get = (path: string, { client, agent = READER, method = 'GET' }: { client: string; agent?: string; method?: string }) =>
    fetch(`${origin}${path}`, { method, redirect: 'manual', headers: { 'User-Agent': agent, 'X-Forwarded-For': client } })

  beforeAll(async () => {
    payload = await testPayload()
    pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 })
    issue = (await makeIssue(payload, 'published')).id
    const { rows } = await pool.query<{ id: number }>(
      `INSERT INTO sendings (issue_id, kind, status, subject, html, text, placeholder) VALUES ($1, 'newsletter', 'done', 'Länkar', '<p>x</p>', 'x', '{{x}}') RETURNING id`,
      [issue],
    )
    sending = rows[0]!.id
    await pool.query(`INSERT INTO send_links (sending_id, n, url, label) VALUES ($1, 1, 'https://www.example.se/rapport', 'Rapporten'), ($1, 2, 'https://www.example.se/kurs', 'Kursen')`, [sending])
    // Loopback is the proxy here, as nginx is in production: the client is its X-Forwarded-For.
    links = createLinkServer({ db: pool, trust: trustRule('127.0.0.1') })
    await new Promise<void>((resolve) => links.server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(links.server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    if (links.server.listening) await links.close()
    await pool.query('DELETE FROM link_clicks WHERE sending_id = $1', [sending])
    await pool.query('DELETE FROM send_links WHERE sending_id = $1', [sending])
    await pool.query('DELETE FROM sendings WHERE id = $1', [sending])
    await payload.delete({ collection: 'issues', id: issue, overrideAccess: true })
    await pool.end()
    await payload.db.destroy?.()
  })

  it('redirects a stored link, counts readers and machines apart, and writes what it holds when it stops', async () => {
    for (const client of ['10.3.0.1', '10.3.0.2']) {
      const answer = await get(`/l/${sending}/1`, { client })
      expect(answer.status).toBe(302)
      expect(answer.headers.get('location')).toBe('https://www.example.se/rapport')
      expect(answer.headers.get('cache-control')).toBe('no-store')
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer')
    }
    expect((await get(`/l/${sending}/2`, { client: '10.3.0.3', method: 'HEAD' })).status).toBe(302)
    for (const forged of [`/l/${sending}/3`, `/l/${sending + 1000}/1`, `/l/${sending}/0`, '/l/abc/1', `/l/${sending}/99999999999999999999`, `/l/${sending}/4294967296`, '/', `/l/${sending}/1?x=1`]) {
      const answer = await get(forged, { client: '10.3.0.9' })
      expect(answer.status, forged).toBe(404)
      expect(answer.headers.get('location')).toBeNull()
    }
    expect((await get(`/l/${sending}/1`, { client: '10.3.0.9', method: 'POST' })).status).toBe(404)

    // The counts are in memory until the next flush (every two seconds) or the stop.
    await links.close()
    const { rows } = await pool.query<{ n: number; automatic: boolean; clicks: number }>('SELECT n, automatic, clicks FROM link_clicks WHERE sending_id = $1 ORDER BY n, automatic', [sending])
    expect(rows).toEqual([
      { n: 1, automatic: false, clicks: 2 },
      { n: 2, automatic: true, clicks: 1 },
    ])
  })
})
