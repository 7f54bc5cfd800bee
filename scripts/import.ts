/**
 * `npm run import -- [--dry-run] [--json] FILE…` — past issues (.txt, .html, .eml, .zip) into
 * draft issues. With --dry-run nothing is changed and no database is needed: each file is read
 * and what was found printed; --json prints one JSON array, an object per file (README
 * "Importing past issues"). Exit 0 when every file was read, 1 when one was not, 2 for bad use.
 */
import { printResults, type ImportArgs } from '@/pastIssues/cliOutput'
import { readOriginals } from '@/pastIssues/readIn'

import { fail } from './lib/cli'
import { failuresOf, isSource, sourceOf } from './lib/importSources'
import { runWithDatabase } from './lib/withDatabase'

function argsOf(argv: string[]): ImportArgs {
  const files = argv.filter((a) => !a.startsWith('--'))
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--dry-run' && a !== '--json')
  if (unknown.length > 0 || files.length === 0) {
    console.error('Användning: npm run import -- [--dry-run] [--json] FIL…  (.txt, .html, .eml eller .zip)')
    process.exit(2)
  }
  return { dryRun: argv.includes('--dry-run'), json: argv.includes('--json'), files }
}

async function main(): Promise<number> {
  const args = argsOf(process.argv.slice(2))
  if (!args.dryRun) return runWithDatabase('scripts/tasks/importIssues.ts', process.argv.slice(2))
  const given = await Promise.all(args.files.map(sourceOf))
  const results = [...failuresOf(given), ...(await readOriginals(given.filter(isSource))).map((o) => o.result)]
  const ordered = args.files.flatMap((file) => results.filter((r) => r.file === file || r.file.startsWith(`${file}/`)))
  return printResults(ordered, args)
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
)
