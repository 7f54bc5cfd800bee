/**
 * The record of what was sent, from the "Skicka" box: each endpoint calls one function of
 * the newsletter room (newsletter/corrections.ts) and answers. Staff read; publishers and admins record.
 */
import { COPY_ENDPOINTS } from '@/newsletter/api'
import { copiesForStaff, markAsSent, publishCorrection } from '@/newsletter/corrections'

import { PUBLISHERS_ONLY, staffEndpoint } from '../shared/staffEndpoint'

export const sentCopyEndpoints = [
  staffEndpoint({ path: COPY_ENDPOINTS.markSent, method: 'post', created: true, publishers: PUBLISHERS_ONLY, handle: ({ req, staff, id, body }) => markAsSent(req, staff, id, body) }),
  staffEndpoint({ path: COPY_ENDPOINTS.correct, method: 'post', created: true, publishers: PUBLISHERS_ONLY, handle: ({ req, staff, id, body }) => publishCorrection(req, staff, id, body) }),
  staffEndpoint({ path: COPY_ENDPOINTS.copies, method: 'get', handle: ({ req, id }) => copiesForStaff(req, id) }),
]
