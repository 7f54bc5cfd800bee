import type { PayloadRequest } from 'payload'

/**
 * Where a document is used, as Swedish titles, so a delete can be refused with a message that
 * says what to change first. Drafts count too: deleting would break them silently.
 */
export async function issuesUsing(req: PayloadRequest, field: 'article' | 'event', id: number | string): Promise<string[]> {
  const found = await req.payload.find({
    collection: 'issues',
    where: {
      or: [{ [`sections.items.${field}`]: { equals: id } }, { [`highlights.${field}`]: { equals: id } }],
    },
    select: { title: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    draft: true,
    req,
  })
  return found.docs.map((doc) => doc.title)
}

export async function groupsUsing(
  req: PayloadRequest,
  where: Record<string, { equals: number | string }>,
): Promise<string[]> {
  const found = await req.payload.find({
    collection: 'reference-groups',
    where,
    select: { name: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    draft: true,
    req,
  })
  return found.docs.map((doc) => doc.name)
}

export const quoteList = (titles: string[]): string => titles.map((t) => `"${t}"`).join(', ')
