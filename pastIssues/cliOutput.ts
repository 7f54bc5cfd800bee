import type { ReadInResult } from './readIn'

export type ImportArgs = { dryRun: boolean; json: boolean; files: string[] }

/** What `npm run import` prints — one JSON array, or a line per file — and its exit code. */
export function printResults(results: ReadInResult[], { json, dryRun }: ImportArgs): number {
  if (json) {
    process.stdout.write(`${JSON.stringify(results.map(({ made: _made, ...r }) => r), null, 2)}\n`)
  } else {
    for (const r of results) {
      if (!r.ok) {
        console.log(`✖ ${r.file}: ${r.error}`)
        continue
      }
      const items = r.issue?.sections.reduce((n, s) => n + s.items.length, 0) ?? 0
      const what = `”${r.issue?.title}” (${r.issue?.date || 'inget datum'}), ${r.issue?.sections.length} avsnitt, ${items} artiklar och evenemang`
      const done = dryRun ? 'skulle bli ett utkast' : r.again ? `fanns redan (nummer ${r.issueId})` : `utkast skapat (nummer ${r.issueId}, import ${r.importId})`
      console.log(`✔ ${r.file}: ${what} — ${done}`)
      for (const flag of r.flags ?? []) console.log(`    ⚑ ${flag}`)
    }
  }
  return results.every((r) => r.ok) ? 0 : 1
}
