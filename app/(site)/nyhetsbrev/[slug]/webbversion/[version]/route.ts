import { isSentCopyVersion } from '@/newsletter/sentCopies'
import { isPublishedSlug } from '@/content/reads/slugs'
import { sentCopyWebVersion } from '@/newsletter/webVersion'
import { cachedRoute } from '@/site/cachedRoute'

export const dynamic = 'force-dynamic'

const notFound = async () => ({ status: 404, body: 'Det finns ingen sådan skickad version av nyhetsbrevet.\n', contentType: 'text/plain; charset=utf-8' })

// A copy never changes: kept until the issue itself changes (taken off the site, say). Only
// a version the issue has passes the gate, so other numbers leave nothing in the cache.
export const GET = cachedRoute<{ slug: string; version: string }>({
  exists: async ({ payload }, { slug, version }) => (await isPublishedSlug(payload, 'issues', slug)) && (await isSentCopyVersion(payload, slug, version)),
  produce: async ({ payload }, { slug, version }) => {
    const copy = await sentCopyWebVersion(payload, slug, Number(version))
    return copy ? { body: copy.html, contentType: 'text/html; charset=utf-8' } : null
  },
  notFound,
})
