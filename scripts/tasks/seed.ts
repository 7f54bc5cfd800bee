import config from '@payload-config'
import { getPayload } from 'payload'

import { loadSeed } from '@/lib/seed/loadSeed'
import { resetContent } from '@/lib/seed/resetContent'

async function main(): Promise<void> {
  const payload = await getPayload({ config })
  await payload.db.migrate()
  if (process.argv.includes('--reset')) {
    await resetContent(payload)
    console.log('▸ Removed all issues, articles, events, reference groups, people and images (accounts are kept).')
  }
  await loadSeed(payload)
  console.log('▸ The March 2021 issue "Nytt från RUS 31 mars" is loaded.')
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\n✖ Seeding failed: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  },
)
