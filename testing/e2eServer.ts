/**
 * The server the Playwright tests run against (started by playwright.config.ts): a throwaway
 * database, migrated and seeded, the e2e accounts, a real SMTP server that all mail goes to (its
 * mailbox: testing/e2eMailbox.ts), a production build in .next-e2e/ (so the build that
 * `npm start` serves is never replaced) and the production server (server.ts) on E2E_PORT.
 */
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { E2E_ACCOUNTS } from './e2eAccounts'
import { E2E_INBOX } from './e2eInbox'
import { E2E_MAILBOX } from './e2eMailbox'
import { startTestSmtp } from './smtpServer'
import { startTestSpamd } from './spamdServer'
import { databaseControlFile, HALT_SIGNAL, instanceSettingsFile, RESUME_SIGNAL, type DatabaseControl, type InstanceSettings } from './databaseControl'
import { createThrowawayDatabase, type ThrowawayDatabase } from './throwawayDatabase'

import { PAYLOAD_SCRIPT_FLAGS, runNode, say, spawnLongRunning } from '@/scripts/lib/cli'
import { NEXT_BUILD_ARGS, ROOT, SERVER_ARGS } from '@/scripts/lib/paths'

const port = process.env.E2E_PORT ?? '3100'

async function main(): Promise<void> {
  const database = await createThrowawayDatabase('e2e')
  await rm(E2E_MAILBOX, { recursive: true, force: true })
  await rm(E2E_INBOX, { recursive: true, force: true })
  const smtp = await startTestSmtp(E2E_MAILBOX)
  // SpamAssassin for the checklist before sending; the checklist may follow links to the tests' own servers.
  const spamd = await startTestSpamd()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    PORT: port,
    SITE_URL: `http://localhost:${port}`,
    SMTP_URL: smtp.url,
    INBOX_DIR: E2E_INBOX,
    SPAMD_URL: spamd.url,
    LINK_CHECK_ALLOW_LOOPBACK: 'true',
    NODE_ENV: 'production',
    NEXT_DIST_DIR: '.next-e2e',
    NEXT_TELEMETRY_DISABLED: '1',
    // `npm test` has type-checked the sources already.
    SKIP_BUILD_TYPECHECK: '1',
  }
  const stop = async (code: number) => {
    await smtp.stop().catch(() => undefined)
    await spamd.dispose().catch(() => undefined)
    await database.dispose().catch(() => undefined)
    process.exit(code)
  }
  const step = async (label: string, args: string[]) => {
    say(label)
    if ((await runNode(args, env)) !== 0) {
      console.error(`✖ ${label} failed`)
      await stop(1)
    }
  }

  await step('Migrating and seeding the e2e database', [...PAYLOAD_SCRIPT_FLAGS, path.join(ROOT, 'scripts/prepare-db.ts')])
  for (const account of Object.values(E2E_ACCOUNTS)) {
    await step(`Creating ${account.email}`, [
      ...PAYLOAD_SCRIPT_FLAGS,
      path.join(ROOT, 'scripts/tasks/createUser.ts'),
      ...['--email', account.email, '--password', account.password, '--role', account.role, '--name', account.name],
    ])
  }
  // A clean build every run: Next keeps its data cache in the build folder across builds, and
  // data cached from an earlier run's database must never stand in for this one's.
  await rm(path.join(ROOT, '.next-e2e'), { recursive: true, force: true })
  await step('Building (next build → .next-e2e)', NEXT_BUILD_ARGS)

  await offerOutageDrill(database)
  await offerMoreInstances(env)
  const server = spawnLongRunning(SERVER_ARGS, env)
  server.once('exit', (code) => void stop(code ?? 1))
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.kill('SIGTERM')
    })
  }
}

/** Lets e2e/database-outage.spec.ts stop and start the database under the running server. */
/**
 * What e2e/several-instances.spec.ts needs to start more instances of this build on the same
 * database: the settings they share with this one (readable by this user only).
 */
async function offerMoreInstances(env: NodeJS.ProcessEnv): Promise<void> {
  const file = instanceSettingsFile()
  const shared: InstanceSettings = { DATABASE_URL: env.DATABASE_URL ?? '', PAYLOAD_SECRET: env.PAYLOAD_SECRET ?? '', SMTP_URL: env.SMTP_URL ?? '' }
  await writeFile(file, JSON.stringify(shared), { mode: 0o600 })
  process.on('exit', () => rmSync(file, { force: true }))
}

async function offerOutageDrill(database: ThrowawayDatabase): Promise<void> {
  const file = databaseControlFile()
  // Written whole and then renamed, so the test never reads half a file.
  const report = async (state: DatabaseControl['database']) => {
    await writeFile(`${file}.tmp`, JSON.stringify({ pid: process.pid, canHalt: database.outage !== null, database: state } satisfies DatabaseControl))
    await rename(`${file}.tmp`, file)
  }
  process.on('exit', () => rmSync(file, { force: true }))
  const outage = database.outage
  if (outage) {
    process.on(HALT_SIGNAL, () => void outage.halt().then(() => report('down'), console.error))
    process.on(RESUME_SIGNAL, () => void outage.resume().then(() => report('up'), console.error))
  }
  await report('up')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
