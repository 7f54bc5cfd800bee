import { SENDING_ENDPOINTS } from '@/sending/api'
import { cancelSend } from '@/sending/cancel'
import { resendFailed } from '@/sending/resend'

import { staffEndpoint } from '../shared/staffEndpoint'

/** A send's own endpoints: stop it (sending/cancel.ts), or send again to its failed deliveries (sending/resend.ts). */
export const sendingRecordEndpoints = [
  staffEndpoint({ path: SENDING_ENDPOINTS.cancel, method: 'post', handle: ({ req, id }) => cancelSend(req, id) }),
  staffEndpoint({ path: SENDING_ENDPOINTS.resend, method: 'post', handle: ({ req, id }) => resendFailed(req, id) }),
]
