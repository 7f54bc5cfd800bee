/**
 * Brings the database up to date before the app serves: applies the committed migrations, then
 * loads the March 2021 issue into a database that has no content yet. Run by
 * scripts/start.ts as a child process with the flags in scripts/lib/cli.ts.
 */
import { getPayload } from 'payload'

import config from '@payload-config'
import { loadSeed } from '@/seed/loadSeed'
import { isContentEmpty } from '@/seed/resetContent'


async function main(): Promise<void> {
  const payload = await getPayload({ config })
  // Reads migrations/ itself, like `payload migrate`.
  await payload.db.migrate()
  console.log('▸ Database is up to date.')
  if (process.argv.includes('--no-seed') || !(await isContentEmpty(payload))) return
  console.log('▸ The database has no content yet: loading the March 2021 issue.')
  await loadSeed(payload)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    console.error(`\n✖ Migrating the database failed: ${message}\n`)
    process.exit(1)
  },
)
