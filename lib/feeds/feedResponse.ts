import { listRecentIssues } from '@/lib/queries/issues'
import { PUBLIC_READER } from '@/lib/queries/payload'
import { getSettings } from '@/lib/queries/settings'

import { buildFeed, toAtom } from './buildFeed'

/** How many issues the feeds carry (with their articles): about two years of the newsletter. */
const FEED_ISSUES = 24

export async function feedResponse(format: 'rss' | 'atom'): Promise<Response> {
  const feed = buildFeed(await listRecentIssues(PUBLIC_READER, FEED_ISSUES), await getSettings())
  const body = format === 'rss' ? feed.rss2() : toAtom(feed)
  const type = format === 'rss' ? 'application/rss+xml' : 'application/atom+xml'
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } })
}
