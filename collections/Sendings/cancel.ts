import { SENDING_ENDPOINTS } from '@/sending/api'
import { cancelSend } from '@/sending/cancel'

import { staffEndpoint } from '../shared/staffEndpoint'

/** POST /api/sendings/:id/avbryt — stops a send (sending/cancel.ts). */
export const cancelEndpoint = staffEndpoint({ path: SENDING_ENDPOINTS.cancel, method: 'post', handle: ({ req, id }) => cancelSend(req, id) })
