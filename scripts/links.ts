/**
 * `npm run links`: the short links in a process of their own (scripts/tasks/serveLinks.ts), against
 * the same database as `npm start` (DATABASE_URL, or the running site's embedded PostgreSQL). No
 * Payload is loaded, so it needs none of the Payload script flags.
 */
import path from 'node:path'

import { fail, runNode } from './lib/cli'
import { openDatabase } from './lib/database'
import { ROOT } from './lib/paths'

async function main(): Promise<number> {
  const database = await openDatabase({ shareRunning: true })
  try {
    return await runNode(['--import', 'tsx/esm', path.join(ROOT, 'scripts/tasks/serveLinks.ts')], { ...process.env, DATABASE_URL: database.url })
  } finally {
    await database.embedded?.stop()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
)
