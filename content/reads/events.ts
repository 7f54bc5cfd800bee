import type { Where } from 'payload'

import { EVENT_TAGS } from '@/lib/cacheTags'
import { toEventView } from '@/content/toViews'
import type { EventView } from '@/content/types'
import { SLUG_PATTERN } from '@/lib/slugify'

import { cachedForPublic } from './cached'
import { payloadClient, type Reader } from '@/site/payload'

async function findEvents(reader: Reader, where: Where, limit = 0): Promise<EventView[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'events',
    where,
    sort: 'startsAt',
    pagination: limit > 0,
    limit,
    depth: 1,
    draft: reader.draft,
    user: reader.user,
    overrideAccess: false,
  })
  return docs.map(toEventView)
}

export const getEvent = cachedForPublic('event', EVENT_TAGS, async (reader, slug: string) =>
  SLUG_PATTERN.test(slug) ? ((await findEvents(reader, { slug: { equals: slug } }, 1))[0] ?? null) : null,
)

/** All published events, earliest first; pages split them into upcoming and past by today. */
export const listEvents = cachedForPublic('event-list', EVENT_TAGS, (reader) => findEvents(reader, {}))
