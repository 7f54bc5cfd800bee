import { approveImport } from '@/pastIssues/approve'
import { PAST_ISSUE_ENDPOINTS } from '@/pastIssues/api'
import { readInRequest } from '@/pastIssues/readInRequest'

import { staffEndpoint } from '../shared/staffEndpoint'

/** "Läs in": originals into drafts (pastIssues/readInRequest.ts). The body is the room's to read (files). */
export const readInEndpoint = staffEndpoint({
  path: PAST_ISSUE_ENDPOINTS.readIn,
  method: 'post',
  readsOwnBody: true,
  handle: ({ req, staff }) => readInRequest(req, staff),
})

/** "Godkänn": publish the drafts and record the issue as sent on its date (pastIssues/approve.ts). */
export const approveEndpoint = staffEndpoint({
  path: PAST_ISSUE_ENDPOINTS.approve,
  method: 'post',
  handle: ({ req, staff, id }) => approveImport(req, staff, id),
})
