import type { Payload, Where } from 'payload'

import { GROUP_TAGS } from '@/lib/cacheTags'
import { toGroupView } from '@/content/toViews'
import type { GroupView } from '@/content/types'
import { SLUG_PATTERN } from '@/lib/slugify'

import { cachedForPublic } from './cached'
import type { Reader } from './reader'

async function findGroups(payload: Payload, reader: Reader, where: Where): Promise<GroupView[]> {
  const { docs } = await payload.find({
    collection: 'reference-groups',
    where,
    sort: 'name',
    pagination: false,
    depth: 2,
    draft: reader.draft,
    user: reader.user,
    overrideAccess: false,
  })
  return docs.flatMap((doc) => toGroupView(doc) ?? [])
}

export const getGroup = cachedForPublic('group', GROUP_TAGS, async (payload, reader, slug: string) =>
  SLUG_PATTERN.test(slug) ? ((await findGroups(payload, reader, { slug: { equals: slug } }))[0] ?? null) : null,
)

export const listGroups = cachedForPublic('group-list', GROUP_TAGS, (payload, reader) => findGroups(payload, reader, {}))
