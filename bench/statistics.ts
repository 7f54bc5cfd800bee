/**
 * `npm run bench:statistics`: the statistics' two promises (issue "numbers without following
 * anyone"), on a production build and a throwaway database with the seed —
 *
 * - a short link at 500 requests a second, paced (pacedLoadChild.ts), p50/p99 — answered by the
 *   site, and by the link server (`npm run links`, statistics/linkServer.ts) as nginx sends them
 *   in production; then each is stopped as a deploy stops it (SIGTERM) and the clicks written
 *   are compared with the requests made: nothing may be lost;
 * - the figures of a send of 100,000 deliveries with a million clicks (generated in SQL): the
 *   CSV of every figure and the admin's page, each asked for ten times.
 *
 * Prints the figures and writes them to .data/bench/statistics-latest.json. About five minutes
 * (most of it the build).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import pg from 'pg'

import { say } from '@/scripts/lib/cli'

import { findFreePort } from '@/scripts/lib/ports'
import { ROOT } from '@/scripts/lib/paths'

import { startAppServer } from './appServer'
import { pinned, SERVER_CPU, startLogged } from './childProcesses'
import { cleanUp, cleanUpOnSignals } from './cleanup'
import { runChild } from './load'
import { BENCH_DIR } from './report'

const RATE = 500
const DURATION_S = 20
const WARMUP_S = 2
const DELIVERIES = 100_000
const LINKS = 20
const DAYS = 50
const CLICKS = 1_000_000

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** A send of the seed's issue as a send of DELIVERIES leaves it, with LINKS links clicked CLICKS times over DAYS days. */
async function generateSend(db: pg.Client): Promise<number> {
  const issue = (await db.query<{ id: number }>('SELECT id FROM issues ORDER BY id LIMIT 1')).rows[0]?.id
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO sendings (issue_id, kind, status, subject, html, text, placeholder, recipients, started_at, finished_at)
     VALUES ($1, 'newsletter', 'done', 'Bänk', '<p>bänk</p>', 'bänk', '{{unsubscribe}}', $2, now() - interval '${DAYS} days', now() - interval '${DAYS} days' + interval '1 hour') RETURNING id`,
    [issue, DELIVERIES],
  )
  const sending = rows[0]!.id
  await db.query(
    `INSERT INTO deliveries (sending_id, issue_id, status, attempts, sent_at, next_attempt_at, message_id)
     SELECT $1, $2, (CASE WHEN i % 200 = 0 THEN 'failed' ELSE 'sent' END)::enum_deliveries_status, 1, now() - interval '${DAYS} days' + (i * interval '36 milliseconds'), now(), '<b-' || i || '@bench>'
     FROM generate_series(1, $3) AS i`,
    [sending, issue, DELIVERIES],
  )
  await db.query(`INSERT INTO send_links (sending_id, n, url, label) SELECT $1, n, 'https://www.example.se/sida-' || n, 'Länk ' || n FROM generate_series(1, $2) AS n`, [sending, LINKS])
  const perRow = CLICKS / (LINKS * DAYS * 2)
  await db.query(
    `INSERT INTO link_clicks (sending_id, n, day, automatic, clicks)
     SELECT $1, n, (now() - interval '${DAYS} days')::date + d, a, $2 FROM generate_series(1, $3) AS n, generate_series(0, ${DAYS - 1}) AS d, (VALUES (true), (false)) AS v(a)`,
    [sending, perRow, LINKS],
  )
  await db.query(
    `INSERT INTO returns (key, kind, summary, received_at, source, sending_id, outcome)
     SELECT 'bench-' || i, 'hard', 'Studs', now(), 'inbox', $1, 'bänk' FROM generate_series(1, 500) AS i`,
    [sending],
  )
  await db.query('ANALYZE')
  return sending
}

async function timed(url: string, headers: Record<string, string>, times = 10): Promise<{ p50: number; max: number; status: number }> {
  const ms: number[] = []
  let status = 0
  for (let i = 0; i < times + 1; i++) {
    const started = performance.now()
    const response = await fetch(url, { headers })
    await response.arrayBuffer()
    status = response.status
    // The first is Next's first render of the page: not counted.
    if (i > 0) ms.push(performance.now() - started)
  }
  ms.sort((a, b) => a - b)
  return { p50: percentile(ms, 50), max: ms.at(-1) ?? 0, status }
}

async function main(): Promise<void> {
  // BENCH_JOBS_IN_SERVER=false: a serving instance that leaves the jobs to another (README "Running on several servers").
  const jobsInServer = process.env.BENCH_JOBS_IN_SERVER !== 'false'
  const app = await startAppServer({ env: { JOBS_IN_SERVER: String(jobsInServer) } })
  const db = new pg.Client({ connectionString: app.env.DATABASE_URL })
  await db.connect()
  try {
    say(`Generating a send of ${DELIVERIES.toLocaleString('en')} deliveries and ${CLICKS.toLocaleString('en')} clicks`)
    const sending = await generateSend(db)
    const login = await fetch(`${app.origin}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(app.editor) })
    const { token } = (await login.json()) as { token: string }
    const auth = { Authorization: `JWT ${token}`, Cookie: `payload-token=${token}` }

    say('The figures of that send: the CSV of every figure, and the admin page')
    const csv = await timed(`${app.origin}/api/sendings/${sending}/statistik`, auth)
    const page = await timed(`${app.origin}/admin/statistik/utskick/${sending}`, auth)
    if (csv.status !== 200 || page.status !== 200) throw new Error(`the figures answered ${csv.status} / ${page.status}`)

    say(`A short link at ${RATE} requests a second for ${DURATION_S} s (after ${WARMUP_S} s), paced`)
    const before = Number((await db.query('SELECT coalesce(sum(clicks), 0) AS n FROM link_clicks WHERE sending_id = $1 AND n = 1', [sending])).rows[0].n)
    const load = await runChild('pacedLoadChild.ts', { url: `${app.origin}/l/${sending}/1`, durationS: DURATION_S, warmupS: WARMUP_S, connections: 0, rate: RATE, status: 302, marker: '', chars: 0, bytes: 0 })
    const asked = RATE * (DURATION_S + WARMUP_S)

    say(`The same at the link server, a process of its own (link 2), then SIGTERM and count`)
    const linksPort = await findFreePort()
    const linkServer = startLogged(pinned(SERVER_CPU, process.execPath, ['--import', 'tsx/esm', path.join(ROOT, 'scripts/tasks/serveLinks.ts')]), { ...app.env, LINKS_PORT: String(linksPort), HOST: '127.0.0.1' })
    const linksOrigin = `http://127.0.0.1:${linksPort}`
    for (let i = 0; i < 100 && !(await fetch(linksOrigin).then(() => true, () => false)); i++) await new Promise((resolve) => setTimeout(resolve, 100))
    const clicksOf = async (n: number) => Number((await db.query('SELECT coalesce(sum(clicks), 0) AS n FROM link_clicks WHERE sending_id = $1 AND n = $2', [sending, n])).rows[0].n)
    const linksBefore = await clicksOf(2)
    const linkLoad = await runChild('pacedLoadChild.ts', { url: `${linksOrigin}/l/${sending}/2`, durationS: DURATION_S, warmupS: WARMUP_S, connections: 0, rate: RATE, status: 302, marker: '', chars: 0, bytes: 0 })
    await linkServer.stop()
    const linksCounted = (await clicksOf(2)) - linksBefore

    say('Stopping the server as a deploy does (SIGTERM), then counting what it wrote')
    process.kill(app.pid, 'SIGTERM')
    const deadline = Date.now() + 30_000
    while (alive(app.pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
    const after = Number((await db.query('SELECT coalesce(sum(clicks), 0) AS n FROM link_clicks WHERE sending_id = $1 AND n = 1', [sending])).rows[0].n)

    const result = {
      date: new Date().toISOString(),
      jobsInServer,
      shortLink: { rate: RATE, durationS: DURATION_S, requests: load.requests, rps: Math.round(load.rps), p50Ms: load.p50, p90Ms: load.p90, p99Ms: load.p99, maxMs: load.max, serverCpu: load.cpu.server },
      stop: { asked, counted: after - before, lost: asked - (after - before) },
      linkServer: { requests: linkLoad.requests, rps: Math.round(linkLoad.rps), p50Ms: linkLoad.p50, p90Ms: linkLoad.p90, p99Ms: linkLoad.p99, maxMs: linkLoad.max, serverCpu: linkLoad.cpu.server, asked, counted: linksCounted, lost: asked - linksCounted },
      figures: { deliveries: DELIVERIES, clicks: CLICKS, csvP50Ms: csv.p50, csvMaxMs: csv.max, pageP50Ms: page.p50, pageMaxMs: page.max },
    }
    await mkdir(BENCH_DIR, { recursive: true })
    await writeFile(path.join(BENCH_DIR, jobsInServer ? 'statistics-latest.json' : 'statistics-no-jobs-latest.json'), `${JSON.stringify(result, null, 2)}\n`)
    const ms = (value: number) => Number(value.toFixed(1))
    console.table({
      'short link: requests a second': Math.round(load.rps),
      'short link: p50 / p99 / max (ms)': `${ms(load.p50)} / ${ms(load.p99)} / ${ms(load.max)}`,
      'clicks asked / written after SIGTERM': `${asked} / ${after - before}`,
      'link server: p50 / p99 / max (ms)': `${ms(linkLoad.p50)} / ${ms(linkLoad.p99)} / ${ms(linkLoad.max)}`,
      'link server: clicks asked / written after SIGTERM': `${asked} / ${linksCounted}`,
      [`figures of ${DELIVERIES} deliveries, ${CLICKS} clicks: CSV p50 / max (ms)`]: `${ms(csv.p50)} / ${ms(csv.max)}`,
      'the same, the admin page p50 / max (ms)': `${ms(page.p50)} / ${ms(page.max)}`,
    })
  } finally {
    await db.end()
  }
}

cleanUpOnSignals()
main()
  .then(async () => {
    await cleanUp()
    process.exit(0)
  })
  .catch(async (error: unknown) => {
    console.error(error)
    await cleanUp()
    process.exit(1)
  })
