/**
 * The "Skicka" tools (admin/SendingPanel.tsx) as endpoints: each calls one function of
 * the sending room and answers (collections/shared/staffEndpoint.ts). Staff only; the send to
 * lists, publishers and admins only (an editor asks for approval, editorial/approval/).
 */
import { SENDING_ENDPOINTS } from '@/sending/api'
import { recipientsOf, queueSend } from '@/sending/queue'
import { sendRecord } from '@/sending/record'
import { queueTestSend } from '@/sending/testSend'

import { PUBLISHERS_ONLY, staffEndpoint } from '../shared/staffEndpoint'

export const sendingEndpoints = [
  staffEndpoint({ path: SENDING_ENDPOINTS.recipients, method: 'get', handle: ({ req, id }) => recipientsOf(req, id, req.searchParams.get('listor')) }),
  staffEndpoint({ path: SENDING_ENDPOINTS.send, method: 'post', created: true, publishers: PUBLISHERS_ONLY, handle: ({ req, staff, id, body }) => queueSend(req, staff, id, body) }),
  staffEndpoint({ path: SENDING_ENDPOINTS.testSend, method: 'post', created: true, handle: ({ req, staff, id, body }) => queueTestSend(req, staff, id, body) }),
  staffEndpoint({ path: SENDING_ENDPOINTS.record, method: 'get', handle: ({ req, id }) => sendRecord(req, id) }),
]
