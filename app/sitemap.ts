import type { MetadataRoute } from 'next'

import { byYear } from '@/components/archive/archiveYears'

import { listArticleSlugs } from '@/lib/queries/articles'
import { listEvents } from '@/lib/queries/events'
import { listGroups } from '@/lib/queries/groups'
import { listIssues } from '@/lib/queries/issues'
import { PUBLIC_READER } from '@/lib/queries/payload'
import { getSettings } from '@/lib/queries/settings'
import { absoluteUrl, routes } from '@/lib/routes'

/** Every published page with its last change; previews and the admin are never listed. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { siteUrl } = await getSettings()
  const [issues, articles, events, groups] = await Promise.all([
    listIssues(PUBLIC_READER),
    listArticleSlugs(PUBLIC_READER),
    listEvents(PUBLIC_READER),
    listGroups(PUBLIC_READER),
  ])
  const page = (path: string, lastModified?: string) => ({ url: absoluteUrl(siteUrl, path), lastModified })
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
