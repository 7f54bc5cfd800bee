import { listRecentIssues } from '@/lib/queries/issues'
import { PUBLIC_READER } from '@/lib/queries/payload'
import { getSettings } from '@/lib/queries/settings'

import { buildFeed, toAtom } from './buildFeed'

/** Enough issues to fill FEED_ENTRIES (buildFeed.ts) even if the newest have few articles. */
const FEED_ISSUES = 8

export async function feedResponse(format: 'rss' | 'atom'): Promise<Response> {
  const feed = buildFeed(await listRecentIssues(PUBLIC_READER, FEED_ISSUES), await getSettings())
  const body = format === 'rss' ? feed.rss2() : toAtom(feed)
  const type = format === 'rss' ? 'application/rss+xml' : 'application/atom+xml'
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } })
}
