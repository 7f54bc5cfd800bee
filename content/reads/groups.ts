import type { Where } from 'payload'

import { GROUP_TAGS } from '@/lib/cacheTags'
import { toGroupView } from '@/content/toViews'
import type { GroupView } from '@/content/types'
import { SLUG_PATTERN } from '@/lib/slugify'

import { cachedForPublic } from './cached'
import { payloadClient, type Reader } from '@/site/payload'

async function findGroups(reader: Reader, where: Where): Promise<GroupView[]> {
  const payload = await payloadClient()
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

export const getGroup = cachedForPublic('group', GROUP_TAGS, async (reader, slug: string) =>
  SLUG_PATTERN.test(slug) ? ((await findGroups(reader, { slug: { equals: slug } }))[0] ?? null) : null,
)

export const listGroups = cachedForPublic('group-list', GROUP_TAGS, (reader) => findGroups(reader, {}))
