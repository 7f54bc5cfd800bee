/**
 * How long an editor waits, after publishing, until readers see the change: the benchmark's editor
 * PATCHes the article's title with `_status: 'published'` through the REST API (what the admin's
 * "Publicera ändringar" sends), then the public page is polled every ~10 ms until the new title is
 * in it — on the same server, or on another instance that shares the cache. The page is read (so
 * cached) before each round: a round measures revalidation, not a first render. The original
 * title is put back at the end, also when a round fails.
 */
import { randomBytes } from 'node:crypto'

import type { Account } from './appServer'

const ROUNDS = 20
const POLL_MS = 10
const ROUND_TIMEOUT_MS = 15_000

export type PublishLatency = {
  rounds: number
  medianMs: number
  p90Ms: number
  p99Ms: number
  minMs: number
  maxMs: number
  /** The PATCH alone (it runs the revalidation hooks before it answers). */
  apiMedianMs: number
  samples: { totalMs: number; apiMs: number; polls: number }[]
}

const median = (values: number[]) => quantile(values, 0.5)
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const position = (sorted.length - 1) * q
  const low = sorted[Math.floor(position)] ?? 0
  const high = sorted[Math.ceil(position)] ?? low
  return low + (high - low) * (position - Math.floor(position))
}

async function api<T>(origin: string, path: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const headers = { 'content-type': 'application/json', ...(init.token ? { authorization: `JWT ${init.token}` } : {}) }
  const response = await fetch(origin + path, { ...init, headers })
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`)
  return (await response.json()) as T
}

async function pollUntilShown(url: string, text: string): Promise<number> {
  const deadline = performance.now() + ROUND_TIMEOUT_MS
  for (let polls = 1; performance.now() < deadline; polls++) {
    if ((await (await fetch(url)).text()).includes(text)) return polls
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  throw new Error(`${url} did not show "${text}" within ${ROUND_TIMEOUT_MS / 1000} s of publishing`)
}

type Options = {
  /** Where readers look: another instance than the one the editor publishes on; default the same. */
  readFrom?: string
  rounds?: number
}

export async function measurePublishLatency(origin: string, editor: Account, slug: string, pagePath: string, { readFrom = origin, rounds = ROUNDS }: Options = {}): Promise<PublishLatency> {
  const { token } = await api<{ token: string }>(origin, '/api/users/login', { method: 'POST', body: JSON.stringify(editor) })
  const found = await api<{ docs: { id: number; title: string }[] }>(origin, `/api/articles?where[slug][equals]=${slug}&depth=0`, { token })
  const article = found.docs[0]
  if (!article) throw new Error(`No published article with the slug ${slug}`)
  const publish = (title: string) =>
    api(origin, `/api/articles/${article.id}?depth=0`, { method: 'PATCH', token, body: JSON.stringify({ title, _status: 'published' }) })

  const samples: PublishLatency['samples'] = []
  try {
    for (let round = 0; round < rounds; round++) {
      await fetch(readFrom + pagePath).then((response) => response.text())
      const tag = `[bench ${round + 1}-${randomBytes(3).toString('hex')}]`
      const started = performance.now()
      await publish(`${article.title} ${tag}`)
      const apiMs = performance.now() - started
      const polls = await pollUntilShown(readFrom + pagePath, tag)
      samples.push({ totalMs: performance.now() - started, apiMs, polls })
    }
  } finally {
    await publish(article.title)
  }
  const totals = samples.map((sample) => sample.totalMs)
  return {
    rounds: samples.length,
    medianMs: median(totals),
    p90Ms: quantile(totals, 0.9),
    p99Ms: quantile(totals, 0.99),
    minMs: Math.min(...totals),
    maxMs: Math.max(...totals),
    apiMedianMs: median(samples.map((sample) => sample.apiMs)),
    samples,
  }
}
