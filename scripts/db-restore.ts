/**
 * `npm run db:restore -- FILE` replaces the database's contents with a backup made by
 * `npm run db:backup`. The current contents are backed up first, and the restore runs in one
 * transaction: if anything fails, nothing has changed.
 */
import path from 'node:path'

import pg from 'pg'

import { RENEW_EPOCH_SQL } from '../lib/cache/expiryWatch'

import { assertArchive, backupDatabase, restoreDatabase } from './lib/backup'
import { fail, say } from './lib/cli'
import { openDatabase } from './lib/database'
import { runningClusterUrl } from './lib/embeddedPostgres'
import { EMBEDDED_DATABASE, POSTGRES_DIR } from './lib/paths'

async function main(): Promise<void> {
  const file = process.argv[2]
  if (!file) fail('Which backup? Usage: npm run db:restore -- .data/backups/rus-….dump')
  await assertArchive(file)
  const external = Boolean(process.env.DATABASE_URL)
  // Not beside a running site on the embedded database: its contents would change under its feet.
  if (!external && (await runningClusterUrl(POSTGRES_DIR, EMBEDDED_DATABASE))) {
    fail('Stop `npm start` (or `npm run dev`) first: the running site uses the database being replaced.')
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
    await forgetCachedPages(database.url)
  } finally {
    await database.embedded?.stop()
  }
  say('The next `npm start` migrates the restored database if needed.')
}

/**
 * Pages kept from the old contents (in a running server, in Redis) are made stale by a new cache
 * epoch; servers running on DATABASE_URL reload at once. A backup from before the cache tables
 * existed gets them, with a new epoch, when it is migrated.
 */
async function forgetCachedPages(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ exists: boolean }>("SELECT to_regclass('cache_state') IS NOT NULL AS exists")
    if (rows[0]?.exists) await client.query(RENEW_EPOCH_SQL)
  } finally {
    await client.end()
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
