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
  const external = Boolean(process.env.DATABASE_URL)
  // Not beside a running site: it would keep serving the pages it cached from the old contents.
  if (!external && (await runningClusterUrl(POSTGRES_DIR, EMBEDDED_DATABASE))) {
    fail('Stop `npm start` (or `npm run dev`) first: the running site would keep serving its cached pages of the old contents.')
  }
  const database = await openDatabase()
  try {
    await restoreDatabase(database.url, file, {
      beforeReplacing: async () => {
        const safety = await backupDatabase(database.url, undefined, 'before-restore')
        say(`The current contents are saved in ${path.relative(process.cwd(), safety.file)}`)
      },
    })
    say(`Restored ${file}`)
  } finally {
    await database.embedded?.stop()
  }
  if (external) {
    // A server on DATABASE_URL may be running from this very build: it is not ours to delete.
    say('Restart the site with a fresh build (`npm run build`, then start it): its cache holds pages of the old contents.')
    return
  }
  // Pages and cached queries in the local build come from the old contents.
  invalidateBuild()
  say('The next `npm start` migrates the restored database if needed and builds the site afresh.')
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
