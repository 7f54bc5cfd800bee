import type { Payload, Where } from 'payload'

import { EVENT_TAGS } from '@/lib/cacheTags'
import { toEventView } from '@/content/toViews'
import type { EventView } from '@/content/types'
import { SLUG_PATTERN } from '@/lib/slugify'

import { cachedForPublic } from './cached'
import type { Reader } from './reader'

async function findEvents(payload: Payload, reader: Reader, where: Where, limit = 0): Promise<EventView[]> {
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

export const getEvent = cachedForPublic('event', EVENT_TAGS, async (payload, reader, slug: string) =>
  SLUG_PATTERN.test(slug) ? ((await findEvents(payload, reader, { slug: { equals: slug } }, 1))[0] ?? null) : null,
)

/** All published events, earliest first; pages split them into upcoming and past by today. */
export const listEvents = cachedForPublic('event-list', EVENT_TAGS, (payload, reader) => findEvents(payload, reader, {}))
