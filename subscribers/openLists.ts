import type { Payload } from 'payload'
import { cacheTags } from '@/lib/cacheTags'

import { cachedForPublic } from '@/content/reads/cached'
import { PUBLIC_READER } from '@/content/reads/reader'

export type OpenList = { id: number; name: string; description: string | null }

/** The lists anyone may sign up to, as the sign-up page shows them (names and descriptions only). */
const readOpenLists = cachedForPublic('open-mailing-lists', [cacheTags.collection('mailing-lists')], async (payload, reader): Promise<OpenList[]> => {
  const { docs } = await payload.find({
    collection: 'mailing-lists',
    where: { publicSignup: { equals: true } },
    select: { name: true, description: true },
    sort: 'name',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: reader.user,
  })
  return docs.map((list) => ({ id: list.id, name: list.name, description: list.description ?? null }))
})

export const openLists = (payload: Payload): Promise<OpenList[]> => readOpenLists(payload, PUBLIC_READER)
