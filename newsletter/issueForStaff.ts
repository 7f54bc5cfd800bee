import { APIError, type PayloadRequest } from 'payload'

import type { Issue } from '@/payload-types'

/** The issue as the signed-in staff member may read it (its published state), or a 404 refusal. */
export async function issueForStaff(req: PayloadRequest, id: number): Promise<Issue> {
  const issue = Number.isInteger(id) ? await req.payload.findByID({ collection: 'issues', id, depth: 0, draft: false, overrideAccess: false, req, disableErrors: true }) : null
  if (!issue) throw new APIError('Numret finns inte.', 404, null, true)
  return issue
}
