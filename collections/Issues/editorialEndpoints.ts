import { APPROVAL_ENDPOINTS, EDITORIAL_ENDPOINTS } from '@/editorial/api'
import { approvalState, decideApproval, requestApproval } from '@/editorial/approval/requests'
import { checklistFor } from '@/editorial/checklist/endpoint'
import { nextIssue } from '@/editorial/nextIssue'

import { PUBLISHERS_ONLY, staffEndpoint } from '../shared/staffEndpoint'

/**
 * "Nytt nummer från det förra" / "… från det här" (editorial/nextIssue.ts), the checklist, and the
 * second pair of eyes (editorial/approval/): staff ask, publishers and admins decide.
 */
export const editorialEndpoints = [
  staffEndpoint({ path: EDITORIAL_ENDPOINTS.nextIssue, method: 'post', created: true, handle: ({ req, staff }) => nextIssue(req, staff, null) }),
  staffEndpoint({ path: EDITORIAL_ENDPOINTS.nextIssueFrom, method: 'post', created: true, handle: ({ req, staff, id }) => nextIssue(req, staff, id) }),
  staffEndpoint({ path: EDITORIAL_ENDPOINTS.checklist, method: 'get', handle: ({ req, staff, id }) => checklistFor(req, staff, id) }),
  staffEndpoint({ path: APPROVAL_ENDPOINTS.state, method: 'get', handle: ({ req, staff, id }) => approvalState(req, staff, id) }),
  staffEndpoint({ path: APPROVAL_ENDPOINTS.request, method: 'post', created: true, handle: ({ req, staff, id, body }) => requestApproval(req, staff, id, body) }),
  staffEndpoint({ path: APPROVAL_ENDPOINTS.approve, method: 'post', publishers: PUBLISHERS_ONLY, handle: ({ req, staff, id, body }) => decideApproval(req, staff, id, body, 'approved') }),
  staffEndpoint({ path: APPROVAL_ENDPOINTS.giveBack, method: 'post', publishers: PUBLISHERS_ONLY, handle: ({ req, staff, id, body }) => decideApproval(req, staff, id, body, 'returned') }),
]
