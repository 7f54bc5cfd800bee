/**
 * /sitemap.xml: every published page with its last change (sitemaps.org protocol 0.9); previews,
 * the admin and personal links are never listed. Written by fast-xml-parser's builder and kept like
 * every reader's route (site/cachedRoute.ts), under the tags of the reads it lists.
 */
import { XMLBuilder } from 'fast-xml-parser'

import { byYear } from '@/components/archive/archiveYears'
import { listArticleSlugs } from '@/content/reads/articles'
import { listEvents } from '@/content/reads/events'
import { listGroups } from '@/content/reads/groups'
import { listIssues } from '@/content/reads/issues'
import { getSettings } from '@/content/reads/settings'
import { absoluteUrl, routes } from '@/lib/routes'

import { cachedRoute, type PageContext } from './cachedRoute'

const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const builder = new XMLBuilder({ ignoreAttributes: false, suppressEmptyNode: true })

type Entry = { loc: string; lastmod?: string }

async function sitemapEntries({ payload, reader }: PageContext): Promise<Entry[]> {
  const { siteUrl } = await getSettings(payload)
  const [issues, articles, events, groups] = await Promise.all([
    listIssues(payload, reader),
    listArticleSlugs(payload, reader),
    listEvents(payload, reader),
    listGroups(payload, reader),
  ])
  const page = (path: string, lastModified?: string | null): Entry => ({ loc: absoluteUrl(siteUrl, path), ...(lastModified ? { lastmod: lastModified } : {}) })
  return [
    page(routes.home(), issues[0]?.issueDate),
    page(routes.archive(), issues[0]?.issueDate),
    ...byYear(issues).map((year) => page(routes.archiveYear(year.year), year.issues[0]?.issueDate)),
    ...issues.map((i) => page(routes.issue(i.slug), i.issueDate)),
    ...articles.map((a) => page(routes.article(a.slug), a.updatedAt)),
    page(routes.events()),
    ...events.map((e) => page(routes.event(e.slug), e.updatedAt)),
    page(routes.referenceGroups()),
    ...groups.map((g) => page(routes.referenceGroup(g.slug), g.updatedAt)),
    page(routes.accessibility()),
    page(routes.privacy()),
    page(routes.subscribe()),
  ]
}

export const sitemapRoute = cachedRoute({
  produce: async (context) => ({
    body: builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, urlset: { '@_xmlns': SITEMAP_NAMESPACE, url: await sitemapEntries(context) } }),
    contentType: 'application/xml; charset=utf-8',
  }),
  notFound: async () => ({ status: 404, body: 'Finns inte.\n', contentType: 'text/plain; charset=utf-8' }),
})
