/**
 * `npm run bench:archive -- 1000 10000`: how the site holds up as the archive grows. For each size
 * (generated articles beside the seed, seed/generatedArchive.ts; 0 = the seed alone) it builds
 * from scratch, starts the production server and measures build and start time, search (a common
 * word and a rare one: the first, uncached answer, then p50/p99 and searches a second from eight
 * readers), the feeds', archive's and sitemap's size, the admin's list and relationship search,
 * and the server's peak memory. Writes .data/bench/archive-latest.json and prints a table.
 */
import { readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { runToExit, say } from '@/scripts/lib/cli'

import { startAppServer, type AppServer } from './appServer'
import { cleanUp, cleanUpOnSignals } from './cleanup'
import { BENCH_DIR } from './report'

const SEARCH_SAMPLES = 200
const LOAD_SECONDS = 10
const READERS = 8

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))] ?? 0
const round = (ms: number) => Math.round(ms * 10) / 10

/** Every request from a reader of its own (the server believes X-Forwarded-For from loopback here). */
let reader = 0
const asReader = () => ({ 'X-Forwarded-For': `10.${(reader >> 16) & 255}.${(reader >> 8) & 255}.${reader++ & 255}` })

async function timed(url: string, headers: Record<string, string> = {}): Promise<{ ms: number; status: number; bytes: number }> {
  const started = performance.now()
  const response = await fetch(url, { headers })
  const body = await response.arrayBuffer()
  return { ms: performance.now() - started, status: response.status, bytes: body.byteLength }
}

async function searchFigures(origin: string, word: string) {
  const url = `${origin}/sok?q=${encodeURIComponent(word)}`
  const first = await timed(url, asReader())
  // Each page number is a query of its own, so none of these is answered from remembered results.
  const uncached: number[] = []
  for (let page = 2; page <= 31; page++) uncached.push((await timed(`${url}&sida=${page}`, asReader())).ms)
  const samples: number[] = []
  for (let i = 0; i < SEARCH_SAMPLES; i++) samples.push((await timed(url, asReader())).ms)
  let done = 0
  let errors = 0
  const until = performance.now() + LOAD_SECONDS * 1000
  await Promise.all(
    Array.from({ length: READERS }, async () => {
      while (performance.now() < until) {
        const answer = await timed(url, asReader())
        if (answer.status === 200) done += 1
        else errors += 1
      }
    }),
  )
  return { firstMs: round(first.ms), uncachedP50Ms: round(quantile(uncached, 0.5)), uncachedP99Ms: round(quantile(uncached, 0.99)), p50Ms: round(quantile(samples, 0.5)), p99Ms: round(quantile(samples, 0.99)), perSecond: Math.round(done / LOAD_SECONDS), errors }
}

async function adminFigures(app: AppServer) {
  const login = await fetch(`${app.origin}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(app.editor) })
  const { token } = (await login.json()) as { token: string }
  const auth = { Authorization: `JWT ${token}` }
  const median = async (pathname: string) => {
    const samples: number[] = []
    for (let i = 0; i < 20; i++) samples.push((await timed(`${app.origin}${pathname}`, auth)).ms)
    return round(quantile(samples, 0.5))
  }
  return {
    // What the admin's list view of articles asks for, and what its relationship field asks while an editor types.
    listMs: await median('/api/articles?depth=0&limit=10&page=1&sort=-updatedAt&draft=true'),
    pickerMs: await median('/api/articles?depth=0&limit=10&where[title][like]=plast&draft=true'),
    countMs: await median('/api/articles?depth=0&limit=1'),
  }
}

function peakRssMb(pid: number): number {
  try {
    return Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024)
  } catch {
    return 0
  }
}

async function measure(archive: number) {
  const app = await startAppServer({ archive, env: { TRUSTED_PROXIES: 'loopback' } })
  say('Measuring search, feeds, archive, sitemap and the admin')
  const size = async (pathname: string) => (await timed(`${app.origin}${pathname}`)).bytes
  const sitemap = await (await fetch(`${app.origin}/sitemap.xml`)).text()
  const figures = {
    articles: archive + 8,
    buildS: Math.round(app.buildMs / 100) / 10,
    startS: Math.round(app.startMs / 100) / 10,
    searchCommon: await searchFigures(app.origin, 'plast'),
    searchRare: await searchFigures(app.origin, 'havsörn'),
    rssKb: Math.round((await size('/rss.xml')) / 1024),
    atomKb: Math.round((await size('/atom.xml')) / 1024),
    archiveKb: Math.round((await size('/nyhetsbrev')) / 1024),
    sitemapKb: Math.round(Buffer.byteLength(sitemap) / 1024),
    sitemapUrls: (sitemap.match(/<loc>/g) ?? []).length,
    admin: await adminFigures(app),
    serverPeakRssMb: peakRssMb(app.pid),
  }
  await cleanUp()
  return figures
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n >= 0)
  const results = []
  for (const archive of sizes.length > 0 ? sizes : [0, 1000]) {
    say(`— An archive of ${archive} generated articles —`)
    results.push(await measure(archive))
  }
  await mkdir(BENCH_DIR, { recursive: true })
  await writeFile(path.join(BENCH_DIR, 'archive-latest.json'), `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`)
  const rows: Record<string, Record<string, string | number>> = {}
  for (const r of results) {
    rows[`${r.articles} articles`] = {
      'build s': r.buildS,
      'start s': r.startS,
      'plast first/p50/p99 ms': `${r.searchCommon.firstMs}/${r.searchCommon.p50Ms}/${r.searchCommon.p99Ms}`,
      'plast uncached p50/p99 ms': `${r.searchCommon.uncachedP50Ms}/${r.searchCommon.uncachedP99Ms}`,
      'plast /s': r.searchCommon.perSecond,
      'havsörn first/p50/p99 ms': `${r.searchRare.firstMs}/${r.searchRare.p50Ms}/${r.searchRare.p99Ms}`,
      'rss/atom KB': `${r.rssKb}/${r.atomKb}`,
      'archive KB': r.archiveKb,
      'sitemap KB (URLs)': `${r.sitemapKb} (${r.sitemapUrls})`,
      'admin list/picker ms': `${r.admin.listMs}/${r.admin.pickerMs}`,
      'server peak MB': r.serverPeakRssMb,
    }
  }
  console.table(rows)
}

cleanUpOnSignals()
runToExit(main, cleanUp)
