import type { Payload, PayloadRequest, Where } from 'payload'

import { cacheTags, ISSUE_CONTENT_TAGS } from '@/lib/cacheTags'
import { toIssueRef, toIssueView } from '@/content/toViews'
import type { IssueRef, IssueView } from '@/content/types'
import { SLUG_PATTERN } from '@/lib/slugify'

import { cachedForPublic } from './cached'
import type { Reader } from './reader'
import { getSettings, readSettings } from './settings'

/** Deep enough for issue → article → group → member and article → image. */
const ISSUE_DEPTH = 3

async function findIssue(payload: Payload, reader: Reader, where: Where): Promise<IssueView | null> {
  const { docs } = await payload.find({
    collection: 'issues',
    where,
    sort: '-issueDate',
    limit: 1,
    depth: ISSUE_DEPTH,
    draft: reader.draft,
    user: reader.user,
    overrideAccess: false,
  })
  return docs[0] ? toIssueView(docs[0], await getSettings(payload)) : null
}

/**
 * A published issue as readers see it, read inside a write's transaction and past every cache:
 * what a send or a correction makes its copy of (newsletter/copies.ts). Null when it is not published.
 */
export async function readPublishedIssue(payload: Payload, id: number, req?: PayloadRequest): Promise<IssueView | null> {
  const { docs } = await payload.find({ collection: 'issues', where: { id: { equals: id } }, limit: 1, depth: ISSUE_DEPTH, draft: false, user: null, overrideAccess: false, req })
  return docs[0] ? toIssueView(docs[0], await readSettings(payload, req)) : null
}

export const getLatestIssue = cachedForPublic('latest-issue', ISSUE_CONTENT_TAGS, (payload, reader) => findIssue(payload, reader, {}))

export const getIssue = cachedForPublic('issue', ISSUE_CONTENT_TAGS, async (payload, reader, slug: string) =>
  SLUG_PATTERN.test(slug) || /^\d{4}-\d{2}-\d{2}$/.test(slug) ? findIssue(payload, reader, { slug: { equals: slug } }) : null,
)

/** Every published issue, newest first (the archive, sitemaps, static params). */
export const listIssues = cachedForPublic('issue-list', [cacheTags.collection('issues')], async (payload, reader): Promise<IssueRef[]> => {
  const { docs } = await payload.find({
    collection: 'issues',
    sort: '-issueDate',
    pagination: false,
    depth: 0,
    select: { slug: true, title: true, issueDate: true },
    draft: reader.draft,
    user: reader.user,
    overrideAccess: false,
  })
  return docs.map(toIssueRef)
})

/** The newest published issues with everything they show, for the feeds. */
export const listRecentIssues = cachedForPublic('recent-issues', ISSUE_CONTENT_TAGS, async (payload, reader, limit: number): Promise<IssueView[]> => {
  const { docs } = await payload.find({
    collection: 'issues',
    sort: '-issueDate',
    limit,
    depth: ISSUE_DEPTH,
    draft: reader.draft,
    user: reader.user,
    overrideAccess: false,
  })
  const settings = await getSettings(payload)
  return docs.map((doc) => toIssueView(doc, settings))
})
