/**
 * `npm run db:restore -- FILE` replaces the database's contents with a backup made by
 * `npm run db:backup`. The current contents are backed up first, and the restore runs in one
 * transaction: if anything fails, nothing has changed.
 */
import path from 'node:path'

import { assertArchive, backupDatabase, restoreDatabase } from './lib/backup'
import { invalidateBuild } from './lib/build'
import { fail, say } from './lib/cli'
import { openDatabase } from './lib/database'
import { runningClusterUrl } from './lib/embeddedPostgres'
import { EMBEDDED_DATABASE, POSTGRES_DIR } from './lib/paths'

async function main(): Promise<void> {
  const file = process.argv[2]
  if (!file) fail('Which backup? Usage: npm run db:restore -- .data/backups/rus-….dump')
  await assertArchive(file)
  // Not beside a running site: it would keep serving the pages it cached from the old contents.
  if (!process.env.DATABASE_URL && (await runningClusterUrl(POSTGRES_DIR, EMBEDDED_DATABASE))) {
    fail('Stop `npm start` (or `npm run dev`) first: the running site would keep serving its cached pages of the old contents.')
  }
  const database = await openDatabase()
  try {
    const safety = await backupDatabase(database.url, undefined, 'before-restore')
    say(`The current contents are saved in ${path.relative(process.cwd(), safety.file)}`)
    await restoreDatabase(database.url, file)
    say(`Restored ${file}`)
  } finally {
    await database.embedded?.stop()
  }
  // Pages and cached queries in the local build come from the old contents.
  invalidateBuild()
  say('The next `npm start` migrates the restored database if needed and builds the site afresh.')
  say('A site on this database elsewhere needs a restart with a fresh build for the same reason.')
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
