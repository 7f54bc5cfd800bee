import { isPublishedSlug } from '@/content/reads/slugs'
import { renderWebVersion } from '@/newsletter/webVersion'
import { cachedRoute } from '@/site/cachedRoute'

export const dynamic = 'force-dynamic'

const notFound = async () => ({ status: 404, body: 'Det finns inget publicerat nyhetsbrev med den adressen.\n', contentType: 'text/plain; charset=utf-8' })

// The plain-text twin of the web version, cached and remade the same way.
export const GET = cachedRoute<{ slug: string }>({
  revalidate: 600,
  exists: ({ payload }, { slug }) => isPublishedSlug(payload, 'issues', slug),
  produce: async ({ payload }, { slug }) => {
    const rendered = await renderWebVersion(payload, slug)
    return rendered ? { body: rendered.text, contentType: 'text/plain; charset=utf-8' } : null
  },
  notFound,
})
