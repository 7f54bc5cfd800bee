/**
 * `npm run bench:mail`: the recipients and sending side, on a throwaway database with the seed —
 * a 10,000-line CSV imported into a list as an editor does it (the dry run, then the job), the
 * sign-up's server work, and the March 2021 issue sent to those 10,000 by the job runner as its
 * own process (scripts/tasks/runJobs.ts, what `npm run jobs` runs) to a local SMTP server that
 * accepts everything, with MAIL_RATE=0 so the figure is the runner's own pace and 16 connections
 * (SMTP_CONNECTIONS); then a bounce of every one of those messages read from an inbox folder by
 * the returns job's own code (returns/); then the issue to 100,000 more (made in SQL), for the
 * runner's memory at ten times the size. Prints the figures and writes them to
 * .data/bench/mail-latest.json. About eight minutes.
 *
 * Run with the Payload flags (package.json): node --import lexical --import tsx/esm bench/mail.ts
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { PAYLOAD_SCRIPT_FLAGS, runNode, runToExit, say } from '@/scripts/lib/cli'
import { ROOT } from '@/scripts/lib/paths'
import { startTestSmtp } from '@/testing/smtpServer'
import { createThrowawayDatabase } from '@/testing/throwawayDatabase'

import { sampleCpus } from './cpuBusy'
import { LARGE, sendToLarge } from './largeSend'
import { BENCH_DIR } from './report'

const RECIPIENTS = 10_000
const SIGN_UPS = 50
/** Connections to the local mail server: what a relay of one's own takes (the default, 4, is for any relay). */
const SMTP_CONNECTIONS = 16

const seconds = (ms: number) => Math.round(ms) / 1000
const rssMb = (pid: number): number => {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kb ? Number(kb) / 1024 : 0
  } catch {
    return 0
  }
}
/** CPU time a process has used, in seconds (utime + stime from /proc; 0 elsewhere). */
const cpuSeconds = (pid: number): number => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return 0
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

/** Folders of this run (the inbox holds 40 MB of bounces): removed when it ends, whatever happened. */
const madeDirs: string[] = []
const tempDir = async (prefix: string): Promise<string> => {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix))
  madeDirs.push(dir)
  return dir
}

async function main(): Promise<void> {
  const database = await createThrowawayDatabase('bench_mail')
  const smtp = await startTestSmtp(await tempDir('rus-bench-mail-'), 0, { keep: false })
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    MEDIA_DIR: await tempDir('rus-bench-media-'),
    SMTP_URL: smtp.url,
    JOBS_IN_SERVER: 'false',
  })
  try {
    say('Migrating and seeding a throwaway database')
    if ((await runNode([...PAYLOAD_SCRIPT_FLAGS, path.join(ROOT, 'scripts/prepare-db.ts')], process.env)) !== 0) throw new Error('prepare-db failed')

    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    const { requestSignUp } = await import('@/subscribers/signUp')
    const { createStaff, tokenFor } = await import('@/testing/payload')
    const { restPost } = await import('@/testing/http')
    const payload = await getPayload({ config })
    // A publisher: the import is an editor's work, the send a publisher's (lib/security/staff.ts).
    const editor = await createStaff(payload, 'publisher')
    const asEditor = { user: editor, overrideAccess: false } as const

    say(`Importing a ${RECIPIENTS.toLocaleString('en')}-line CSV into a new list`)
    const list = await payload.create({ collection: 'mailing-lists', data: { name: 'Benchmark' }, overrideAccess: true })
    const csv = ['e-post;namn;organisation', ...Array.from({ length: RECIPIENTS }, (_, i) => `mottagare${i}@example.se;Mottagare ${i};Länsstyrelsen`)].join('\n')
    let started = performance.now()
    const checked = await payload.create({ collection: 'subscriber-imports', data: { list: list.id, csv }, ...asEditor })
    const dryRunMs = performance.now() - started
    started = performance.now()
    await payload.update({ collection: 'subscriber-imports', id: checked.id, data: { status: 'queued' }, ...asEditor })
    while ((await payload.findByID({ collection: 'subscriber-imports', id: checked.id, overrideAccess: true, depth: 0 })).status !== 'done') {
      await payload.jobs.run({ queue: 'default', where: { taskSlug: { equals: 'importSubscribers' } } })
    }
    const importMs = performance.now() - started

    say(`Signing up ${SIGN_UPS} new and ${SIGN_UPS} known readers (the server's work behind POST /prenumerera)`)
    const openLists = (await payload.find({ collection: 'mailing-lists', where: { publicSignup: { equals: true } }, overrideAccess: true, depth: 0 })).docs.map((doc) => doc.id)
    const signUpMs: number[] = []
    const knownMs: number[] = []
    for (let i = 0; i < SIGN_UPS; i++) {
      for (const [email, times] of [[`ny${i}@example.se`, signUpMs], [`mottagare${i}@example.se`, knownMs]] as const) {
        const at = performance.now()
        await requestSignUp(payload, { email, name: null, organisation: null, lists: openLists })
        times.push(performance.now() - at)
      }
    }
    // The sign-ups' mail is the service queue's, not part of the send below.
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'subscriptionMail' } }, overrideAccess: true })
    // The confirmation mails of the sign-ups are not part of the send below.
    const beforeSend = smtp.accepted()

    say(`Sending the seed's issue to ${RECIPIENTS.toLocaleString('en')} addresses through the job runner (MAIL_RATE=0)`)
    const issue = (await payload.find({ collection: 'issues', limit: 1, overrideAccess: true, depth: 0 })).docs[0]
    if (!issue) throw new Error('the seed has no issue')
    // BENCH_PROFILE_DIR=dir: the runner writes a CPU profile there (open it in Chrome's DevTools).
    const profile = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : []
    const runner = spawn(process.execPath, [...profile, ...PAYLOAD_SCRIPT_FLAGS, path.join(ROOT, 'scripts/tasks/runJobs.ts')], {
      cwd: ROOT,
      env: { ...process.env, MAIL_RATE: '0', SMTP_CONNECTIONS: String(SMTP_CONNECTIONS) },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    try {
      // The runner is up (its own Payload loaded) before the clock starts.
      await new Promise((resolve) => setTimeout(resolve, 8000))
      let peakRss = rssMb(runner.pid ?? 0)
      // Who used the two cores during the send: the runner, this process (its SMTP server), the rest (PostgreSQL).
      const cores = sampleCpus()
      const runnerCpuBefore = cpuSeconds(runner.pid ?? 0)
      const ownCpuBefore = process.cpuUsage()
      const queued = performance.now()
      const answer = await restPost(`/api/issues/${issue.id}/skicka`, { lists: [list.id] }, { token: await tokenFor(payload, editor) })
      if (answer.status !== 201) throw new Error(`the send was refused: ${answer.status} ${JSON.stringify(answer.body)}`)
      const queueMs = performance.now() - queued
      let firstAt = 0
      // When half had gone: the first half's pace and the second's (the runner's threads start cold with each send).
      let halfAt = 0
      const deadline = Date.now() + 15 * 60_000
      while (smtp.accepted() - beforeSend < RECIPIENTS) {
        if (Date.now() > deadline) throw new Error(`only ${smtp.accepted() - beforeSend} messages in 15 minutes`)
        if (!firstAt && smtp.accepted() > beforeSend) firstAt = performance.now()
        if (!halfAt && smtp.accepted() - beforeSend >= RECIPIENTS / 2) halfAt = performance.now()
        peakRss = Math.max(peakRss, rssMb(runner.pid ?? 0))
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      const lastAt = performance.now()
      const sendSeconds = (lastAt - queued) / 1000
      const ownCpu = process.cpuUsage(ownCpuBefore)
      const cpu = {
        coresBusyPercent: cores(),
        runnerCorePercent: Math.round((100 * (cpuSeconds(runner.pid ?? 0) - runnerCpuBefore)) / sendSeconds),
        smtpServerCorePercent: Math.round((100 * ((ownCpu.user + ownCpu.system) / 1e6)) / sendSeconds),
      }

      say(`Reading ${RECIPIENTS.toLocaleString('en')} bounces of that send from the inbox folder (returns/), as the job does`)
      const { fixture } = await import('@/returns/fixtures')
      const { readReturns } = await import('@/returns/read')
      const inbox = await tempDir('rus-bench-inbox-')
      const sendingId = (await payload.find({ collection: 'sendings', where: { issue: { equals: issue.id } }, sort: '-createdAt', limit: 1, overrideAccess: true, depth: 0 })).docs[0]?.id
      const deliveries = await payload.find({ collection: 'deliveries', where: { sending: { equals: sendingId } }, pagination: false, overrideAccess: true, depth: 0, select: { email: true } })
      for (const [n, row] of deliveries.docs.entries()) {
        const raw = fixture('postfix-hard', { tag: { kind: 'd', id: row.id }, address: row.email ?? '' }).toString('utf8').replace(/^Message-Id: <[^>]+>/m, `Message-Id: <bench-${n}@mx.example.se>`)
        await writeFile(path.join(inbox, `${String(n).padStart(6, '0')}.eml`), raw)
      }
      const rssBefore = process.memoryUsage().rss / 1024 / 1024
      let rssPeak = rssBefore
      const returnsStarted = performance.now()
      let returnsRead = 0
      for (;;) {
        const read = await readReturns(payload, { imap: null, inboxDir: inbox })
        returnsRead += read.read
        rssPeak = Math.max(rssPeak, process.memoryUsage().rss / 1024 / 1024)
        if (read.read === 0) break
      }
      const returnsMs = performance.now() - returnsStarted

      say(`Sending the issue to ${LARGE.toLocaleString('en')} more addresses (made in SQL), to see the runner's memory at ten times the size`)
      const large = await sendToLarge(payload, issue.id, await tokenFor(payload, editor), smtp.accepted, rssMb.bind(null, runner.pid ?? 0))
      const result = {
        date: new Date().toISOString(),
        recipients: RECIPIENTS,
        import: { dryRunS: seconds(dryRunMs), importS: seconds(importMs), perAddressMs: importMs / RECIPIENTS },
        signUp: { count: SIGN_UPS, medianMs: median(signUpMs), maxMs: Math.max(...signUpMs), knownMedianMs: median(knownMs) },
        send: {
          queueRequestMs: Math.round(queueMs),
          firstMessageS: seconds(firstAt - queued),
          allS: seconds(lastAt - queued),
          messagesPerSecond: Math.round(RECIPIENTS / ((lastAt - firstAt) / 1000)),
          firstHalfPerSecond: Math.round(RECIPIENTS / 2 / ((halfAt - firstAt) / 1000)),
          secondHalfPerSecond: Math.round(RECIPIENTS / 2 / ((lastAt - halfAt) / 1000)),
          runnerPeakRssMb: Math.round(peakRss),
          cpu,
        },
        large,
        returns: { read: returnsRead, allS: seconds(returnsMs), perSecond: Math.round(returnsRead / (returnsMs / 1000)), rssBeforeMb: Math.round(rssBefore), rssPeakMb: Math.round(rssPeak) },
      }
      await mkdir(BENCH_DIR, { recursive: true })
      await writeFile(path.join(BENCH_DIR, 'mail-latest.json'), `${JSON.stringify(result, null, 2)}\n`)
      console.table({
        'import dry run (s)': result.import.dryRunS,
        'import job (s)': result.import.importS,
        'sign-up, median (ms), new address': Number(result.signUp.medianMs.toFixed(1)),
        'sign-up, median (ms), known address': Number(result.signUp.knownMedianMs.toFixed(1)),
        'send: POST /skicka (ms)': result.send.queueRequestMs,
        'send: first message (s)': result.send.firstMessageS,
        'send: all (s)': result.send.allS,
        'send: messages/s (first half / second half)': `${result.send.messagesPerSecond} (${result.send.firstHalfPerSecond} / ${result.send.secondHalfPerSecond})`,
        'runner peak RSS (MB)': result.send.runnerPeakRssMb,
        'send: cores busy (%) / runner / SMTP server (% of a core)': `${(cpu.coresBusyPercent ?? []).join(' + ')} / ${cpu.runnerCorePercent} / ${cpu.smtpServerCorePercent}`,
        [`send of ${LARGE.toLocaleString('en')}: POST /skicka (ms) / all (s) / messages/s (the first 10,000)`]: `${large.queueRequestMs} / ${large.allS} / ${large.messagesPerSecond} (${large.firstTenThousandPerSecond})`,
        [`send of ${LARGE.toLocaleString('en')}: runner RSS at 10,000 / peak / at the end (MB)`]: `${large.rssAt10kMb} / ${large.peakRssMb} / ${large.endRssMb}`,
        'returns: bounces read': result.returns.read,
        'returns: all (s)': result.returns.allS,
        'returns: per second': result.returns.perSecond,
        'returns: RSS before / peak (MB)': `${result.returns.rssBeforeMb} / ${result.returns.rssPeakMb}`,
      })
    } finally {
      // Stopped before its database goes: a runner still polling a dropped database only logs errors.
      const exited = new Promise((resolve) => runner.once('exit', resolve))
      runner.kill('SIGTERM')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))])
    }
    // The crons first (Payload's schedules would tick on against a closed pool), then the pool.
    await payload.destroy()
  } finally {
    await smtp.stop()
    await database.dispose()
    for (const dir of madeDirs) await rm(dir, { recursive: true, force: true })
  }
}

runToExit(main)
