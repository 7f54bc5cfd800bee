/**
 * For journeys in a world of their own (e2e/helpers/world.ts): schedules the publish of a draft
 * the way the admin's "Schemalägg publicering" does — Payload's schedulePublish job, due in a few
 * seconds — and exits. Whichever job runner the world has then publishes it.
 *   node --import lexical --import tsx/esm testing/tasks/schedulePublish.ts <collection> <slug> <seconds>
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { KIND_OF_COLLECTION, type PageCollection } from '@/lib/routes'

import { runToExit } from '@/scripts/lib/cli'

async function main(): Promise<void> {
  const [collection, slug, seconds] = process.argv.slice(2)
  if (!collection || !(collection in KIND_OF_COLLECTION) || !slug || !Number.isFinite(Number(seconds))) throw new Error('Usage: schedulePublish.ts <collection> <slug> <seconds>')
  const publishable = collection as PageCollection
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: publishable, where: { slug: { equals: slug } }, draft: true, depth: 0, limit: 1, overrideAccess: true })
  const doc = docs[0]
  if (!doc) throw new Error(`${collection}/${slug} not found`)
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: publishable, value: doc.id } },
    waitUntil: new Date(Date.now() + Number(seconds) * 1000),
  })
}

runToExit(main)
