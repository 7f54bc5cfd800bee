/**
 * Lighthouse scores as a reader's browser would see them: Debian's Chromium, headless, Lighthouse's
 * default (mobile) configuration — a mid-range phone on a slow 4G connection, simulated, so the run
 * costs no extra wall time — one run per page to keep the benchmark bounded (scores move a few
 * points between runs; compare trends, not single points).
 */
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { onCleanup } from './cleanup'

const CHROMIUM = '/usr/bin/chromium'
const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  totalBytes: 'total-byte-weight',
} as const

export type LighthouseScores = {
  path: string
  scores: Record<(typeof CATEGORIES)[number], number | null>
  metrics: Record<keyof typeof METRICS, number | null>
  /** Weighted audits that did not pass in full, e.g. "best-practices/errors-in-console". */
  shortfalls: string[]
  /** What the page logged as errors, when it did (best-practices/errors-in-console). */
  consoleErrors: string[]
  warnings: string[]
}

function shortfalls(lhr: { categories: Record<string, { auditRefs: { id: string; weight: number }[] } | undefined>; audits: Record<string, { score: number | null } | undefined> }): string[] {
  return CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter(({ id, weight }) => weight > 0 && typeof lhr.audits[id]?.score === 'number' && (lhr.audits[id]?.score ?? 1) < 1)
      .map(({ id }) => `${category}/${id}`),
  )
}

function consoleErrors(details: unknown): string[] {
  const items = (details as { items?: { description?: string; sourceLocation?: { url?: string } }[] } | undefined)?.items ?? []
  return items.map((item) => [item.description, item.sourceLocation?.url].filter(Boolean).join(' @ '))
}

/** Lighthouse's trace now and then misses the navigation's start (NO_NAVSTART); a second run gets it. */
async function runLighthouse(url: string, port: number, tries = 2) {
  const run = await lighthouse(url, { port, logLevel: 'error', onlyCategories: [...CATEGORIES] })
  if (tries > 1 && run?.lhr.runtimeError?.code === 'NO_NAVSTART') return runLighthouse(url, port, tries - 1)
  return run
}

async function audit(url: string, path: string, port: number): Promise<LighthouseScores> {
  const lhr = (await runLighthouse(url, port))?.lhr
  if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${lhr?.runtimeError?.message ?? 'no result'}`)
  const score = (id: string) => {
    const value = lhr.categories[id]?.score
    return typeof value === 'number' ? Math.round(value * 100) : null
  }
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? null
  return {
    path,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, score(id)])) as LighthouseScores['scores'],
    metrics: Object.fromEntries(Object.entries(METRICS).map(([key, id]) => [key, metric(id)])) as LighthouseScores['metrics'],
    shortfalls: shortfalls(lhr),
    consoleErrors: consoleErrors(lhr.audits['errors-in-console']?.details),
    warnings: lhr.runWarnings,
  }
}

export async function measureLighthouse(origin: string, paths: string[]): Promise<LighthouseScores[]> {
  // handleSIGINT off: on Ctrl-C the run's own cleanup stops Chromium along with everything else.
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS, handleSIGINT: false, logLevel: 'silent' })
  onCleanup('Chromium', async () => chrome.kill(), () => chrome.kill())
  const results: LighthouseScores[] = []
  try {
    for (const path of paths) results.push(await audit(origin + path, path, chrome.port))
  } finally {
    // Done with Chromium: the publish test that follows should not share the CPU with it.
    chrome.kill()
  }
  return results
}
