/**
 * The site's feeds and calendar as readers' routes: kept like every page (site/cachedRoute.ts),
 * under the tags of the reads they are made from, so a publish expires them and a restart cannot
 * bring back what was taken off the site.
 */
import { eventsToIcs } from '@/content/calendar/eventToIcs'
import { renderFeed } from '@/content/feeds/buildFeed'
import { listEvents } from '@/content/reads/events'
import { listRecentIssues } from '@/content/reads/issues'
import { getSettings } from '@/content/reads/settings'

import { cachedRoute } from './cachedRoute'

/** Enough issues to fill FEED_ENTRIES (content/feeds/buildFeed.ts) even if the newest have few articles. */
const FEED_ISSUES = 8

const notFound = async () => ({ status: 404, body: 'Finns inte.\n', contentType: 'text/plain; charset=utf-8' })

/** /rss.xml and /atom.xml: the newest issues with the full text of their articles. */
export const feedRoute = (format: 'rss' | 'atom') =>
  cachedRoute({
    produce: async ({ payload, reader }) => {
      const body = renderFeed(format, await listRecentIssues(payload, reader, FEED_ISSUES), await getSettings(payload))
      return { body, contentType: format === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8' }
    },
    notFound,
  })

/** /evenemang.ics: every published event as one calendar to subscribe to. */
export const eventsCalendarRoute = cachedRoute({
  produce: async ({ payload, reader }) => ({ body: eventsToIcs(await listEvents(payload, reader), await getSettings(payload)), contentType: 'text/calendar; charset=utf-8' }),
  notFound,
})
