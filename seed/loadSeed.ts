import type { CollectionSlug, Payload } from 'payload'

import { stockholmTime } from '@/lib/dates'
import { expireCopies, makeCopy, copiesOf } from '@/newsletter/copies'

import { isSeedRef, SEED_SITE_SETTINGS, seedDocuments, type SeedCollection, type SeedDocument } from './documents'
import { SEED_ISSUE } from './march2021/issue'
import { SEED_LISTS } from './march2021/lists'
import { placeholderJpeg } from './placeholderImages'

/** Every write of the seed is published content made by the system, not by a person. */
const asSystem = { overrideAccess: true, draft: false } as const

type Ids = Map<string, number>
const idKey = (collection: SeedCollection, key: string) => `${collection}:${key}`

/**
 * The document's data with the ids of the seed documents it names; a reference to one not made
 * yet (the group's next meeting, an event made after the group) is left out and reported.
 */
function resolve(data: Record<string, unknown>, ids: Ids): { data: Record<string, unknown>; deferred: boolean } {
  let deferred = false
  const json = JSON.parse(JSON.stringify(data), (_, value: unknown) => {
    if (!isSeedRef(value)) return value
    const id = ids.get(idKey(value.seedRef, value.key))
    if (id === undefined) deferred = true
    return id ?? null
  }) as Record<string, unknown>
  return { data: json, deferred }
}

async function findExisting(payload: Payload, doc: SeedDocument): Promise<number | undefined> {
  const where = { [doc.naturalKey.field]: { equals: doc.naturalKey.value } }
  const found = await payload.find({ collection: doc.collection as CollectionSlug, where, limit: 1, depth: 0, ...asSystem })
  return found.docs[0]?.id as number | undefined
}

async function create(payload: Payload, doc: SeedDocument, data: Record<string, unknown>): Promise<number> {
  const collection = doc.collection as CollectionSlug
  if (!doc.file) return (await payload.create({ collection, data: data as never, ...asSystem })).id as number
  const bytes = await placeholderJpeg(doc.file.colors)
  const file = { data: bytes, mimetype: 'image/jpeg', name: doc.file.filename, size: bytes.length }
  return (await payload.create({ collection, data: data as never, file, ...asSystem })).id as number
}

/**
 * Loads "Nytt från RUS 31 mars" (March 2021) from the one mapping of seed/documents.ts. Every
 * document is looked up by its natural key first, so a second run adds and changes nothing.
 */
export async function loadSeed(payload: Payload): Promise<void> {
  const current = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
  if (!current.distributionNote) await payload.updateGlobal({ slug: 'site-settings', data: SEED_SITE_SETTINGS, overrideAccess: true })
  const ids: Ids = new Map()
  const revisit: SeedDocument[] = []
  for (const doc of seedDocuments()) {
    const existing = await findExisting(payload, doc)
    if (existing !== undefined) {
      ids.set(idKey(doc.collection, doc.key), existing)
      continue
    }
    const { data, deferred } = resolve(doc.data, ids)
    ids.set(idKey(doc.collection, doc.key), await create(payload, doc, data))
    if (deferred) revisit.push(doc)
  }
  // The group and its meeting point at each other: the second link is made once both exist.
  for (const doc of revisit) {
    const id = ids.get(idKey(doc.collection, doc.key)) as number
    await payload.update({ collection: doc.collection as CollectionSlug, id, data: resolve(doc.data, ids).data as never, ...asSystem })
  }
  await markSeedIssueSent(payload, ids.get(idKey('issues', 'issue')))
}

/**
 * The March 2021 issue went out on 31 March 2021 (with Paloma, to RUS contact lists): its record
 * is the e-mail as it was that day — the group's call to join and "Anmäl dig här" still open.
 */
async function markSeedIssueSent(payload: Payload, issue: number | undefined): Promise<void> {
  if (issue === undefined || (await copiesOf(payload, issue)).length > 0) return
  await makeCopy(payload, {
    issue,
    kind: 'marked',
    sentAt: stockholmTime(SEED_ISSUE.issueDate, '09:00'),
    sentTo: SEED_LISTS.filter((list) => !('publicSignup' in list)).map((list) => list.name).join(', '),
    by: 'Exempelinnehållet (skickat med Paloma)',
  })
  await expireCopies(payload)
}
