/**
 * `npm run bench:import`: 100 past issues read into drafts on a throwaway database with the seed,
 * as one zip through the importer's own function (pastIssues/readIn.ts, what the admin's *Läs in*
 * and `npm run import` call): a third each of the seed's text version, its saved web version and
 * the December 2020 e-mail, each made a different issue (its own title and day). Prints the
 * figures and writes them to .data/bench/import-latest.json. Under a minute.
 *
 * Run with the Payload flags (package.json): node --import lexical --import tsx/esm bench/pastIssues.ts
 */
import { once } from 'node:events'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import MailComposer from 'nodemailer/lib/mail-composer/index.js'
import yazl from 'yazl'

import { PAYLOAD_SCRIPT_FLAGS, runNode, runToExit, say } from '@/scripts/lib/cli'
import { ROOT } from '@/scripts/lib/paths'
import { createThrowawayDatabase } from '@/testing/throwawayDatabase'

import { BENCH_DIR } from './report'

const ISSUES = 100
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december']

const fixture = (file: string) => readFileSync(path.join(ROOT, file), 'utf8')

/**
 * The n:th original: a different issue in one of three shapes — its own title, month, year and
 * day, and its own article titles (else each would be linked to the first import's drafts, and
 * the bench would measure lookups, not drafts).
 */
async function original(n: number, seedTitles: string[], emailHtml: string): Promise<{ name: string; text: string }> {
  const year = 2000 + Math.floor(n / 12)
  const month = MONTHS[n % 12] ?? 'mars'
  const title = `Nytt från RUS ${(n % 27) + 1} ${month}`
  const masthead = `${month[0]?.toUpperCase()}${month.slice(1)} ${year}`
  if (n % 3 === 0) {
    let text = fixture('seed/march2021/source.txt').replace('Nytt från RUS 31 mars', title).replace('Mars 2021', masthead)
    for (const t of seedTitles) text = text.replace(`\n${t}\n`, `\n${t} (${n})\n`)
    return { name: `nummer-${n}.txt`, text }
  }
  if (n % 3 === 1) {
    const html = fixture('pastIssues/fixtures/2021-03-webbversion.html').replace(/Nytt från RUS 31 mars/g, title).replace('Mars 2021', masthead).replaceAll('</h3>', ` (${n})</h3>`)
    return { name: `nummer-${n}.html`, text: html }
  }
  const day = (n % 27) + 1
  const html = emailHtml.replace('December 2020', masthead).replaceAll('</strong></p>', ` (${n})</strong></p>`)
  const mail = new MailComposer({ from: 'RUS <nyhetsbrev@rus.example>', subject: `Nytt från RUS ${masthead}`, date: new Date(Date.UTC(year, n % 12, day, 8, 30)), html, textEncoding: 'quoted-printable' })
  const bytes = await new Promise<Buffer>((resolve, reject) => mail.compile().build((error, message) => (error ? reject(error) : resolve(message))))
  return { name: `nummer-${n}.eml`, text: bytes.toString('utf8') }
}

async function zipOf(files: { name: string; text: string }[]): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  for (const file of files) zip.addBuffer(Buffer.from(file.text), file.name)
  zip.end()
  const chunks: Buffer[] = []
  zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk))
  await once(zip.outputStream, 'end')
  return Buffer.concat(chunks)
}

async function main(): Promise<void> {
  const database = await createThrowawayDatabase('bench_import')
  const media = await mkdtemp(path.join(os.tmpdir(), 'rus-bench-import-'))
  Object.assign(process.env, { DATABASE_URL: database.url, PAYLOAD_SECRET: randomBytes(32).toString('hex'), MEDIA_DIR: media, JOBS_IN_SERVER: 'false' })
  try {
    say('Migrating and seeding a throwaway database')
    if ((await runNode([...PAYLOAD_SCRIPT_FLAGS, path.join(ROOT, 'scripts/prepare-db.ts')], process.env)) !== 0) throw new Error('prepare-db failed')
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    const { readIn, readOriginals } = await import('@/pastIssues/readIn')
    const payload = await getPayload({ config })

    const { SEED_ARTICLES } = await import('@/seed/march2021/articles')
    const { SEED_EVENTS } = await import('@/seed/march2021/events')
    const seedTitles = [...SEED_ARTICLES.map((a) => a.title), SEED_EVENTS[0].newsletterHeading]
    const emailHtml = String((await simpleParser(fixture('pastIssues/fixtures/2020-12.eml'))).html)
    const zip = await zipOf(await Promise.all(Array.from({ length: ISSUES }, (_, n) => original(n, seedTitles, emailHtml))))
    say(`Reading ${ISSUES} past issues (a zip of ${Math.round(zip.byteLength / 1024)} KB) without the database (--dry-run)`)
    let started = performance.now()
    const dry = await readOriginals([{ name: 'arkiv.zip', bytes: zip }])
    const dryMs = performance.now() - started

    say(`Reading the same ${ISSUES} into drafts`)
    started = performance.now()
    const results = await readIn(payload, [{ name: 'arkiv.zip', bytes: zip }], { dryRun: false })
    const importMs = performance.now() - started
    const made = results.filter((r) => r.ok && !r.again).length
    const failed = results.filter((r) => !r.ok)
    if (dry.length !== ISSUES || made !== ISSUES) throw new Error(`expected ${ISSUES} drafts, made ${made}; ${failed.map((f) => `${f.file}: ${f.error}`).join('; ')}`)

    started = performance.now()
    const again = await readIn(payload, [{ name: 'arkiv.zip', bytes: zip }], { dryRun: false })
    const againMs = performance.now() - started
    if (!again.every((r) => r.again)) throw new Error('reading the same zip again made something')

    const figures = {
      date: new Date().toISOString(),
      issues: ISSUES,
      zipKb: Math.round(zip.byteLength / 1024),
      dryRunSeconds: Math.round(dryMs) / 1000,
      importSeconds: Math.round(importMs) / 1000,
      perIssueMs: Math.round(importMs / ISSUES),
      againSeconds: Math.round(againMs) / 1000,
      articlesMade: results.reduce((sum, r) => sum + (r.made?.made.articles.length ?? 0), 0),
      eventsMade: results.reduce((sum, r) => sum + (r.made?.made.events.length ?? 0), 0),
    }
    console.log(`\n${ISSUES} issues: dry run ${figures.dryRunSeconds} s; into drafts ${figures.importSeconds} s (${figures.perIssueMs} ms an issue, ${figures.articlesMade} articles and ${figures.eventsMade} events made; target ≤ 60 s); the same zip again ${figures.againSeconds} s (nothing made)\n`)
    await mkdir(BENCH_DIR, { recursive: true })
    await writeFile(path.join(BENCH_DIR, 'import-latest.json'), `${JSON.stringify(figures, null, 2)}\n`)
  } finally {
    await database.dispose()
    await rm(media, { recursive: true, force: true })
  }
}

runToExit(main)
