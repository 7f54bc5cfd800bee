import config from '@payload-config'
import { getPayload } from 'payload'

import { generateArchive } from '@/seed/generatedArchive'
import { loadSeed } from '@/seed/loadSeed'
import { resetContent } from '@/seed/resetContent'


/** `--archive N`: how many generated articles to add (0 when not asked for). */
function archiveSize(argv: string[]): number {
  const at = argv.indexOf('--archive')
  if (at < 0) return 0
  const size = Number(argv[at + 1])
  if (!Number.isInteger(size) || size < 1 || size > 100_000) throw new Error('--archive takes a number of articles from 1 to 100000, for example --archive 1000.')
  return size
}

async function main(): Promise<void> {
  const payload = await getPayload({ config })
  await payload.db.migrate()
  if (process.argv.includes('--reset')) {
    await resetContent(payload)
    console.log('▸ Removed all issues, articles, events, reference groups, people and images (accounts are kept).')
  }
  await loadSeed(payload)
  const archive = archiveSize(process.argv)
  if (archive > 0) {
    console.log(`▸ Adding a generated archive of ${archive} articles (marked [Genererat])…`)
    await generateArchive(payload, archive, (done) => console.log(`  ${done} articles`))
  }
  console.log('▸ The March 2021 issue "Nytt från RUS 31 mars" is loaded; a running site shows it at once.')
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\n✖ Seeding failed: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  },
)
