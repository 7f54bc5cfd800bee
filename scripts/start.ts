/**
 * `npm start` and `npm run dev`: one command from a fresh clone to a running site.
 *
 * 1. checks PORT and that it is free;
 * 2. opens the database: DATABASE_URL, or an embedded PostgreSQL in .data/postgres/;
 * 3. resolves PAYLOAD_SECRET (kept in .data/ for the embedded database);
 * 4. migrates (and seeds an empty database) in a child process;
 * 5. builds when needed (start) or always (build), then runs the production server (server.ts)
 *    or `next dev`;
 * 6. stops everything cleanly on SIGINT/SIGTERM.
 */
import type { ChildProcess } from 'node:child_process'
import path from 'node:path'

import { checkDkim, checkMailFrom, checkPort, checkReturns, checkSiteUrl, checkSmtpUrl } from '../lib/envRules'
import { alignmentProblems } from '../lib/mail/alignment'

import { needsBuild } from './lib/build'
import { fail, PAYLOAD_SCRIPT_FLAGS, runNode, say, spawnLongRunning, StartupError } from './lib/cli'
import { openDatabase, type Database } from './lib/database'
import { exitStatusOf, stopChild } from './lib/supervise'
import { NEXT_BIN, NEXT_BUILD_ARGS, ROOT, SERVER_ARGS } from './lib/paths'
import { isPortTaken } from './lib/ports'
import { resolveSecret } from './lib/secret'
import { waitForHttp } from './lib/waitForHttp'

const MODES = ['start', 'dev', 'build'] as const
const mode: (typeof MODES)[number] = MODES.find((m) => m === process.argv[2]) ?? 'start'

async function main(): Promise<void> {
  const port = checkPort(process.env.PORT)
  if ('problem' in port) throw new StartupError(port.problem)
  const site = checkSiteUrl(process.env.SITE_URL, port.value)
  if ('problem' in site) throw new StartupError(site.problem)
  const smtp = checkSmtpUrl(process.env.SMTP_URL)
  if ('problem' in smtp) throw new StartupError(smtp.problem)
  const from = checkMailFrom(process.env.MAIL_FROM, site.value)
  if ('problem' in from) throw new StartupError(from.problem)
  if (mode !== 'build' && (await isPortTaken(Number(port.value)))) {
    throw new StartupError(
      `Port ${port.value} is already in use. Stop whatever runs there, or pick another port: PORT=${Number(port.value) + 1} npm ${mode === 'dev' ? 'run dev' : 'start'}`,
    )
  }

  const database = await openDatabase()
  let child: ChildProcess | null = null
  const shutdown = async (code: number) => {
    await stopChild(child)
    await database.embedded?.stop()
    process.exit(code)
  }
  process.once('SIGINT', () => void shutdown(0))
  process.once('SIGTERM', () => void shutdown(0))

  try {
    const env = await appEnv(database, port.value, site.value)
    say(database.embedded ? 'Using the embedded PostgreSQL in .data/postgres/.' : 'Using the database in DATABASE_URL.')
    if ((await runNode([...PAYLOAD_SCRIPT_FLAGS, path.join(ROOT, 'scripts/prepare-db.ts')], env)) !== 0) {
      return shutdown(1)
    }
    if (mode === 'build' || (mode === 'start' && needsBuild())) {
      say('Building the site (next build); this takes a minute or two…')
      const buildEnv = mode === 'build' ? env : { ...env, SKIP_BUILD_TYPECHECK: '1' }
      if ((await runNode(NEXT_BUILD_ARGS, buildEnv)) !== 0) throw new StartupError('next build failed; see the output above.')
      if (mode === 'build') return shutdown(0)
    }
    child = spawnLongRunning(mode === 'dev' ? [NEXT_BIN, 'dev', '--port', port.value] : SERVER_ARGS, env)
    // The server ended (a crash, kill -9): so does npm start, with its status, for a supervisor to see.
    child.once('exit', (code, signal) => void shutdown(exitStatusOf(code, signal)))
    await waitForHttp(`http://127.0.0.1:${port.value}/`, mode === 'dev' ? 300_000 : 60_000)
    const mail = smtp.value ? `sent through ${new URL(smtp.value).host} as ${from.value.address}` : `written to ${process.env.OUTBOX_DIR || '.data/outbox'}/ as .eml files (set SMTP_URL to send it)`
    const returns = checkReturns(process.env, (dir) => dir)
    const back = 'value' in returns && returns.value.imap ? `read from ${returns.value.imap.user}@${returns.value.imap.host}/${returns.value.imap.folder}` : `read from ${process.env.INBOX_DIR || '.data/inbox'}/ (put bounces there as .eml files)`
    say(`Nytt från RUS is running.\n    Site:    ${site.value}/\n    Admin:   ${site.value}/admin\n    Mail:    ${mail}\n    Returns: ${back}`)
    // A sender that does not line up fails DMARC at every receiver: said at start, in the admin and by `npm run check:mail`.
    const dkim = checkDkim(process.env)
    const misaligned = alignmentProblems({ from: from.value.address, dkimDomain: 'value' in dkim ? (dkim.value?.domainName ?? null) : null, bounceAddress: 'value' in returns ? returns.value.bounceAddress : null })
    for (const problem of misaligned) say(`! ${problem}`)
  } catch (error) {
    console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}\n`)
    await shutdown(1)
  }
}

async function appEnv(database: Database, port: string, siteUrl: string): Promise<NodeJS.ProcessEnv> {
  return {
    ...process.env,
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: await resolveSecret(database.local),
    PORT: port,
    SITE_URL: siteUrl,
    NODE_ENV: mode === 'dev' ? 'development' : 'production',
    NEXT_TELEMETRY_DISABLED: '1',
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
