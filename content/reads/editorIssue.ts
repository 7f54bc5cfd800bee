import { NotFound, type Payload } from 'payload'

import { toIssueView } from '@/content/toViews'
import type { IssueView } from '@/content/types'
import type { User } from '@/payload-types'

import { getSettings } from './settings'

/**
 * An issue as a signed-in editor sees it, its latest draft included, for the e-mail tools of the
 * admin. Never cached: it is for one editor, right now. Null when there is no such issue (or the
 * editor may not read it); any other failure, a database outage say, is thrown as it is.
 */
export async function getIssueForEditor(payload: Payload, id: string, user: User): Promise<IssueView | null> {
  if (!/^\d{1,10}$/.test(id)) return null
  try {
    const issue = await payload.findByID({ collection: 'issues', id: Number(id), depth: 3, draft: true, user, overrideAccess: false })
    return toIssueView(issue, await getSettings(payload))
  } catch (error) {
    if (error instanceof NotFound) return null
    throw error
  }
}
