import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * Where a document is used, as the Swedish titles of what uses it, so a delete can be refused with
 * a message that says what to change first. Drafts count too: deleting would break them silently.
 */
export async function titlesReferring(
  req: PayloadRequest,
  collection: CollectionSlug,
  paths: string[],
  id: number | string,
): Promise<string[]> {
  const titleField = collection === 'reference-groups' ? 'name' : 'title'
  const found = await req.payload.find({
    collection,
    where: { or: paths.map((path) => ({ [path]: { equals: id } })) },
    select: { [titleField]: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    draft: true,
    req,
  })
  return found.docs.map((doc) => String((doc as unknown as Record<string, unknown>)[titleField] ?? ''))
}

export const quoteList = (titles: string[]): string => titles.map((t) => `"${t}"`).join(', ')
