import type { Access } from 'payload'

import { roleOf } from '@/access/roles'

/**
 * Staff see every image. Anyone else sees an image — its document through REST and GraphQL, and
 * its files under /api/media/file/ (Payload asks this rule for those too) — only once a published
 * article shows it, as people are public only in a published group. An image uploaded for a
 * draft stays private until the draft is published.
 */
export const mediaOfPublishedContent: Access = async ({ req }) => {
  if (roleOf({ req }) !== null) return true
  const articles = await req.payload.find({
    collection: 'articles',
    where: { and: [{ _status: { equals: 'published' } }, { image: { exists: true } }] },
    select: { image: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = articles.docs.map((article) => (typeof article.image === 'object' && article.image ? article.image.id : article.image))
  const visible = [...new Set(ids.filter((id): id is number => typeof id === 'number'))]
  // With none visible, a rule that matches nothing: a hidden image is "not found", as with some visible.
  return visible.length > 0 ? { id: { in: visible } } : { id: { exists: false } }
}
