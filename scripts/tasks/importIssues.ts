import config from '@payload-config'
import { getPayload } from 'payload'

import { printResults } from '@/pastIssues/cliOutput'
import { readIn } from '@/pastIssues/readIn'

import { failuresOf, isSource, sourceOf } from '../lib/importSources'

/** `npm run import` without --dry-run, inside the database's process (scripts/import.ts). */
async function main(): Promise<number> {
  const argv = process.argv.slice(2)
  const files = argv.filter((a) => !a.startsWith('--'))
  const payload = await getPayload({ config })
  await payload.db.migrate()
  const given = await Promise.all(files.map(sourceOf))
  const results = [...failuresOf(given), ...(await readIn(payload, given.filter(isSource), { dryRun: false }))]
  return printResults(results, { dryRun: false, json: argv.includes('--json'), files })
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\n✖ Importen misslyckades: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  },
)
