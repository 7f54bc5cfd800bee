/**
 * `npm run bench`: how fast the public site is on a production build with the seed content, in one
 * run so that machine noise hits every figure alike — throughput and latency beside nginx serving
 * the same bytes, p99 at 100 requests per second, publish-to-visible latency, page weight and
 * Lighthouse. Prints one table and writes the figures to .data/bench/ (see report.ts); everything
 * it starts is stopped at the end, on errors and on Ctrl-C (cleanup.ts). About four minutes.
 */
import path from 'node:path'

import { say } from '@/scripts/lib/cli'
import { ROOT } from '@/scripts/lib/paths'
import { findFreePort } from '@/scripts/lib/ports'
import { startShippedNginx } from '@/testing/shippedNginx'

import { startAppServer } from './appServer'
import { PINNED, pinnedNginx } from './childProcesses'
import { cleanUp, cleanUpOnSignals, onCleanup } from './cleanup'
import { measureInstances } from './instances'
import { measureCacheMisses } from './cacheMiss'
import { measureLighthouse } from './lighthouse'
import { LOAD_SETTINGS, measureAtFixedRate, measureThroughput } from './load'
import { snapshotPages, startNginx } from './nginx'
import { ARTICLE, ARTICLE_SLUG, INSTANCE_PAGES, LIGHTHOUSE_PAGES, LOAD_PAGES, WEIGHT_PAGES } from './pages'
import { memoryWatch } from './memory'
import { measurePageWeight } from './pageWeight'
import { printReport } from './printReport'
import { measurePublishLatency } from './publishLatency'
import { describeMachine, readPrevious, saveResult } from './report'


async function main(): Promise<void> {
  const started = performance.now()
  const machine = describeMachine(PINNED)
  const previous = await readPrevious()
  const app = await startAppServer()
  const memory = memoryWatch(app.pid)
  memory.read('started, one page asked for')

  say('Serving the same bytes from nginx')
  const snapshots = await snapshotPages(app.origin, LOAD_PAGES)
  const nginx = await startNginx(snapshots)
  say('Putting the shipped nginx config (deploy/nginx/) in front of the app')
  const cache = await startShippedNginx(Number(new URL(app.origin).port), await findFreePort(), pinnedNginx())
  onCleanup('the caching nginx', async () => cache.stop(), cache.stop)

  say(`Throughput, app then nginx, page by page (${LOAD_PAGES.length} × (${LOAD_SETTINGS.appWarmupS} + 2 × ${LOAD_SETTINGS.warmupS + LOAD_SETTINGS.durationS}) s)`)
  const throughput = await measureThroughput(app.origin, nginx, cache.origin, snapshots)
  say(`${LOAD_SETTINGS.rate} requests per second against the app, autocannon and paced`)
  const fixedRate = await measureAtFixedRate(app.origin, snapshots)
  memory.read('after the throughput and fixed-rate load')
  say('Page weight')
  const weight = await measurePageWeight(app.origin, WEIGHT_PAGES)
  say('Lighthouse (Chromium, one run per page)')
  const lighthouse = await measureLighthouse(app.origin, LIGHTHOUSE_PAGES)
  say('Several instances: two more servers sharing Redis, nginx in front of one and of both')
  const instances = await measureInstances(app, snapshots.filter((snapshot) => INSTANCE_PAGES.includes(snapshot.path)), { slug: ARTICLE_SLUG, path: ARTICLE })
  // Last: it changes content (and puts it back), which must not disturb the figures above.
  say('Publish → visible latency')
  const publish = await measurePublishLatency(app.origin, app.editor, ARTICLE_SLUG, ARTICLE)
  say('A page not in the cache: each load page once after a publish')
  const misses = await measureCacheMisses(app.origin, app.editor, ARTICLE_SLUG, LOAD_PAGES)
  memory.read('at the end')

  const settings = {
    load: LOAD_SETTINGS,
    compression: 'none under load: no Accept-Encoding sent, nginx gzip off; page weight: gzip as the app sends it',
    lighthouse: 'default config (mobile, simulated throttling), one run per page, /usr/bin/chromium headless',
    pages: { load: LOAD_PAGES, weight: WEIGHT_PAGES, lighthouse: LIGHTHOUSE_PAGES, publish: ARTICLE, instances: INSTANCE_PAGES },
  }
  const durationS = (performance.now() - started) / 1000
  const result = { ...machine, settings, throughput, fixedRate, publish, misses, memory: memory.result(), instances, weight, lighthouse, durationS }
  const file = await saveResult(result)
  printReport(result, previous)
  say(`Figures written to ${path.relative(ROOT, file)} and .data/bench/latest.json`)
}

cleanUpOnSignals()
main()
  .then(async () => {
    await cleanUp()
    process.exit(0)
  })
  .catch(async (error: unknown) => {
    console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}\n`)
    await cleanUp()
    process.exit(1)
  })
