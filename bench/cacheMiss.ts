/**
 * What a reader waits for a page that is not in the cache: the benchmark's editor publishes the
 * article (which expires the home page, the issue, the article and the web version), then each
 * page is asked for once — a render from the database — and timed; the original title is put back
 * at the end, also when a round fails.
 */
import { randomBytes } from 'node:crypto'

import type { Account } from './appServer'

const ROUNDS = 10

export type CacheMiss = { path: string; medianMs: number; maxMs: number }

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? Number.NaN

async function timed(url: string): Promise<number> {
  const started = performance.now()
  const response = await fetch(url)
  await response.arrayBuffer()
  if (response.status !== 200) throw new Error(`${url} answered ${response.status} after a publish`)
  return performance.now() - started
}

export async function measureCacheMisses(origin: string, editor: Account, slug: string, paths: string[]): Promise<CacheMiss[]> {
  const json = { 'content-type': 'application/json' }
  const login = await fetch(`${origin}/api/users/login`, { method: 'POST', headers: json, body: JSON.stringify(editor) })
  const { token } = (await login.json()) as { token: string }
  const headers = { ...json, authorization: `JWT ${token}` }
  const found = (await (await fetch(`${origin}/api/articles?where[slug][equals]=${slug}&depth=0`, { headers })).json()) as { docs: { id: number; title: string }[] }
  const article = found.docs[0]
  if (!article) throw new Error(`No published article with the slug ${slug}`)
  const publish = async (title: string) => {
    const response = await fetch(`${origin}/api/articles/${article.id}?depth=0`, { method: 'PATCH', headers, body: JSON.stringify({ title, _status: 'published' }) })
    if (!response.ok) throw new Error(`publishing answered ${response.status}`)
  }
  const samples = new Map(paths.map((path) => [path, [] as number[]]))
  try {
    for (let round = 0; round < ROUNDS; round++) {
      await publish(`${article.title} [miss ${randomBytes(3).toString('hex')}]`)
      for (const path of paths) samples.get(path)?.push(await timed(origin + path))
    }
  } finally {
    await publish(article.title)
  }
  return paths.map((path) => {
    const times = samples.get(path) ?? []
    return { path, medianMs: median(times), maxMs: Math.max(...times) }
  })
}
