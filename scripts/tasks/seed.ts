import config from '@payload-config'
import { getPayload } from 'payload'

import { loadSeed } from '@/seed/loadSeed'
import { resetContent } from '@/seed/resetContent'

import { invalidateBuild } from '../lib/build'

async function main(): Promise<void> {
  const payload = await getPayload({ config })
  await payload.db.migrate()
  if (process.argv.includes('--reset')) {
    await resetContent(payload)
    console.log('▸ Removed all issues, articles, events, reference groups, people and images (accounts are kept).')
  }
  await loadSeed(payload)
  // The site's build and data cache were made from the database as it was before.
  invalidateBuild()
  console.log('▸ The March 2021 issue "Nytt från RUS 31 mars" is loaded. The next npm start rebuilds the site.')
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\n✖ Seeding failed: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  },
)
