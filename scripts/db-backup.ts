/**
 * `npm run db:backup` writes a pg_dump custom-format archive of the database that `npm start`
 * uses (DATABASE_URL, or the embedded PostgreSQL — also while the site runs) to .data/backups/.
 */
import path from 'node:path'

import { backupDatabase } from './lib/backup'
import { fail, say } from './lib/cli'
import { openDatabase } from './lib/database'

async function main(): Promise<void> {
  const database = await openDatabase({ shareRunning: true })
  try {
    const { file, bytes } = await backupDatabase(database.url)
    const shown = path.relative(process.cwd(), file)
    say(`Backup written: ${shown} (${(bytes / 1024).toFixed(0)} KB)`)
    say(`Restore it with: npm run db:restore -- ${shown}`)
    say('Uploaded images are files in .data/media/ (or MEDIA_DIR): copy them alongside.')
  } finally {
    await database.embedded?.stop()
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
