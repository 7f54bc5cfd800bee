/**
 * The one table a run prints: every figure with the previous run's beside it ("prev" columns, from
 * latest.json), so a regression shows without opening the JSON.
 */
import { LOAD_SETTINGS } from './load'
import { PAGE_LABELS } from './pages'
import type { BenchResult } from './report'
import { kb, renderTable } from './table'

const GOAL_P99_MS = 10
const label = (path: string) => PAGE_LABELS[path] ?? path
const byPath = <T extends { path: string }>(items: T[] | undefined, path: string) => items?.find((item) => item.path === path)

function throughput(now: BenchResult, before: BenchResult | null): string {
  const { connections, durationS, warmupS, appWarmupS } = LOAD_SETTINGS
  const rows = now.throughput.map((page) => {
    const prev = byPath(before?.throughput, page.path)
    const { app, nginx } = page
    const cpu = (side: typeof app) => `${side.cpu.server ?? '–'}/${side.cpu.load ?? '–'}`
    const { cached } = page
    return [label(page.path), kb(page.bytes), app.rps, app.p50, app.p99, cpu(app), nginx.rps, nginx.p99, page.ratio, cached?.rps, cached?.p99, page.cachedRatio, prev?.app.rps, prev?.ratio]
  })
  const header = ['page', 'KB', 'app req/s', 'p50', 'p99', 'CPU %', 'nginx req/s', 'p99', 'app/nginx', 'app+cache req/s', 'p99', 'cache/nginx', 'prev app req/s', 'app/nginx']
  return [
    `Throughput — ${connections} connections, ${durationS} s after ${warmupS} s warm-up (the app: all pages ${appWarmupS} s each first);`,
    'uncompressed on both sides (no Accept-Encoding sent, nginx gzip off); latency in ms (autocannon: whole ms);',
    'CPU % = busy share of the server core / the load generator core (a full load core means the load generator set the limit);',
    'app+cache = the app behind the shipped nginx config (deploy/nginx/, one-second micro-cache), nginx on the server core too',
    renderTable(header, rows),
  ].join('\n')
}

function fixedRate(now: BenchResult, before: BenchResult | null): string {
  const rows = now.fixedRate.map((page) => {
    const prev = byPath(before?.fixedRate, page.path)
    const goal = page.paced.p99 <= GOAL_P99_MS ? 'yes' : 'NO'
    return [label(page.path), page.paced.p50, page.paced.p99, page.paced.max, goal, page.autocannon.p50, page.autocannon.p99, prev?.paced.p99, prev?.autocannon.p99]
  })
  const header = ['page', 'paced p50', 'p99', 'max', `p99 ≤ ${GOAL_P99_MS}`, 'autocannon p50', 'p99', 'prev paced p99', 'autocannon p99']
  return [
    `${LOAD_SETTINGS.rate} req/s against the app, ${LOAD_SETTINGS.durationS} s — paced: one request every ${1000 / LOAD_SETTINGS.rate} ms (open loop);`,
    `autocannon overallRate: each of ${LOAD_SETTINGS.connections} connections sends its share at the start of every second (bursts); ms`,
    renderTable(header, rows),
  ].join('\n')
}

function publish(now: BenchResult, before: BenchResult | null): string {
  const { rounds, medianMs, p90Ms, minMs, maxMs, apiMedianMs } = now.publish
  const prev = before?.publish ? `  (prev median ${before.publish.medianMs.toFixed(0)} ms, PATCH ${before.publish.apiMedianMs.toFixed(0)} ms)` : ''
  return [
    `Publish → visible on the article page, ${rounds} rounds`,
    `median ${medianMs.toFixed(0)} ms, p90 ${p90Ms.toFixed(0)}, min ${minMs.toFixed(0)}, max ${maxMs.toFixed(0)}; the PATCH alone: median ${apiMedianMs.toFixed(0)} ms${prev}`,
  ].join('\n')
}

function missesAndMemory(now: BenchResult, before: BenchResult | null): string {
  const lines: string[] = []
  if (now.misses) {
    const rows = now.misses.map((miss) => [label(miss.path), miss.medianMs.toFixed(1), miss.maxMs.toFixed(1), byPath(before?.misses, miss.path)?.medianMs.toFixed(1)])
    lines.push('A page not in the cache (asked for once after a publish expired it), 10 rounds; ms', renderTable(['page', 'median', 'max', 'prev median'], rows))
  }
  if (now.memory) {
    const prev = before?.memory ? `  (prev peak ${before.memory.peakMb} MB)` : ''
    lines.push(`The server's memory (RSS): ${now.memory.readings.map((reading) => `${reading.rssMb} MB ${reading.at}`).join('; ')}; peak ${now.memory.peakMb} MB${prev}`)
  }
  return lines.join('\n')
}

function instances(now: BenchResult, before: BenchResult | null): string {
  if (!now.instances) return ''
  const rows = now.instances.pages.map((page) => {
    const prev = byPath(before?.instances?.pages, page.path)
    return [label(page.path), page.direct.rps, page.direct.p99, page.one.rps, page.one.p99, page.two.rps, page.two.p99, page.ratio, prev?.one.rps, prev?.two.rps]
  })
  const header = ['page', 'instance (Redis) req/s', 'p99', 'nginx → 1 req/s', 'p99', 'nginx → 2 req/s', 'p99', '2/1', 'prev 1', 'prev 2']
  const { rounds, medianMs, p99Ms, maxMs, apiMedianMs } = now.instances.publish
  const prev = before?.instances ? `  (prev median ${before.instances.publish.medianMs.toFixed(0)} ms, p99 ${before.instances.publish.p99Ms.toFixed(0)} ms)` : ''
  return [
    'Several instances — two servers sharing the page cache on Redis, the shipped nginx in front of one, then of both; every server on the server core;',
    '"instance (Redis)" = one instance asked directly (pages in its memory, shared through Redis); same load as above',
    renderTable(header, rows),
    `Publish on instance A → visible on instance B, ${rounds} rounds: median ${medianMs.toFixed(0)} ms, p99 ${p99Ms.toFixed(0)}, max ${maxMs.toFixed(0)}; the PATCH alone: median ${apiMedianMs.toFixed(0)} ms${prev}`,
  ].join('\n')
}

function weight(now: BenchResult, before: BenchResult | null): string {
  const rows = now.weight.map((page) => {
    const prev = byPath(before?.weight, page.path)
    return [label(page.path), kb(page.transferred), kb(page.html), kb(page.css), kb(page.js), kb(page.inlineJs), page.scripts, kb(prev?.transferred), kb(prev?.js)]
  })
  const header = ['page', 'transferred KB', 'HTML', 'CSS', 'JS', 'of it inline', 'scripts', 'prev transferred', 'JS']
  const notGzipped = now.weight.flatMap((page) => page.notGzipped)
  return [
    'Page weight — gzip as sent (HTML + CSS + <script src>; inline scripts gzipped together; no fonts/images; nomodule skipped); KB',
    renderTable(header, rows),
    ...(notGzipped.length ? [`not gzipped by the server: ${[...new Set(notGzipped)].join(', ')}`] : []),
  ].join('\n')
}

function lighthouse(now: BenchResult, before: BenchResult | null): string {
  const rows = now.lighthouse.map((page) => {
    const prev = byPath(before?.lighthouse, page.path)
    const { performance, accessibility, seo } = page.scores
    const scores = [performance, accessibility, page.scores['best-practices'], seo]
    const prevScores = prev ? [prev.scores.performance, prev.scores.accessibility, prev.scores['best-practices'], prev.scores.seo].join('/') : null
    return [label(page.path), ...scores, page.metrics.lcpMs, page.metrics.tbtMs, kb(page.metrics.totalBytes), prevScores]
  })
  const header = ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP ms', 'TBT ms', 'total KB', 'prev perf/a11y/bp/seo']
  const shortfalls = now.lighthouse
    .filter((page) => page.shortfalls.length)
    .map((page) => `  ${label(page.path)}: ${page.shortfalls.join(', ')}${page.consoleErrors.map((error) => `\n    console: ${error}`).join('')}`)
  return ['Lighthouse — mobile default (simulated slow 4G, mid-range phone), one run per page', renderTable(header, rows), ...(shortfalls.length ? ['not passed in full:', ...shortfalls] : [])].join('\n')
}

export function printReport(now: BenchResult, before: BenchResult | null): void {
  const pinning = now.pinned ? 'servers on CPU 0, load generator on CPU 1' : 'no CPU pinning'
  const previous = before ? `previous run: ${before.date} · ${before.commit}` : 'no previous run'
  const legend = now.weight.map((page) => `${label(page.path)} = ${page.path}`).join(', ')
  const title = `Nytt från RUS bench · ${now.date} · ${now.commit} · node ${now.node} · ${now.cores} cores (${now.cpu}) · ${pinning} · ${now.durationS.toFixed(0)} s`
  const sections = [throughput, fixedRate, publish, missesAndMemory, instances, weight, lighthouse].map((section) => section(now, before)).filter(Boolean)
  console.log(['', title, previous, `pages: ${legend}`, '', sections.join('\n\n'), ''].join('\n'))
}
