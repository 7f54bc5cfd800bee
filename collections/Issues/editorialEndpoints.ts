import { EDITORIAL_ENDPOINTS } from '@/editorial/api'
import { checklistFor } from '@/editorial/checklist/endpoint'
import { nextIssue } from '@/editorial/nextIssue'

import { staffEndpoint } from '../shared/staffEndpoint'

/** "Nytt nummer från det förra" / "… från det här" (editorial/nextIssue.ts). Staff only. */
export const editorialEndpoints = [
  staffEndpoint({ path: EDITORIAL_ENDPOINTS.nextIssue, method: 'post', created: true, handle: ({ req, staff }) => nextIssue(req, staff, null) }),
  staffEndpoint({ path: EDITORIAL_ENDPOINTS.nextIssueFrom, method: 'post', created: true, handle: ({ req, staff, id }) => nextIssue(req, staff, id) }),
  staffEndpoint({ path: EDITORIAL_ENDPOINTS.checklist, method: 'get', handle: ({ req, staff, id }) => checklistFor(req, staff, id) }),
]
