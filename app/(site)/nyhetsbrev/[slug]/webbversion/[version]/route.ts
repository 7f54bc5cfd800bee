import { cacheTags } from '@/lib/cacheTags'
import { isPublishedSlug } from '@/lib/queries/slugs'
import { sentCopyWebVersion } from '@/newsletter/webVersion'
import { cachedRoute } from '@/site/cachedRoute'

export const dynamic = 'force-dynamic'

const notFound = async () => ({ status: 404, body: 'Det finns ingen sådan skickad version av nyhetsbrevet.\n', contentType: 'text/plain; charset=utf-8' })

// A frozen copy never changes: cached until the issue itself changes (taken off the site, say).
export const GET = cachedRoute<{ slug: string; version: string }>({
  key: 'sent-copy:html',
  tags: [cacheTags.collection('issues')],
  exists: ({ slug, version }) => (/^\d{1,6}$/.test(version) ? isPublishedSlug('issues', slug) : Promise.resolve(false)),
  produce: async (_reader, { slug, version }) => {
    const copy = await sentCopyWebVersion(slug, Number(version))
    return copy ? { body: copy.html, contentType: 'text/html; charset=utf-8' } : null
  },
  notFound,
})
