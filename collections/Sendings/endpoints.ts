import { SENDING_ENDPOINTS } from '@/sending/api'
import { cancelSend } from '@/sending/cancel'
import { resendFailed } from '@/sending/resend'
import { STATISTICS_ENDPOINTS } from '@/statistics/api'
import { overviewFile, sendFiguresFile } from '@/statistics/exports'

import { PUBLISHERS_ONLY, staffEndpoint } from '../shared/staffEndpoint'

/**
 * A send's own endpoints: stop it (sending/cancel.ts; any staff member — stopping is never the
 * risky direction), or send again to its failed deliveries (sending/resend.ts; publishers).
 */
export const sendingRecordEndpoints = [
  staffEndpoint({ path: SENDING_ENDPOINTS.cancel, method: 'post', handle: ({ req, id }) => cancelSend(req, id) }),
  staffEndpoint({ path: SENDING_ENDPOINTS.resend, method: 'post', publishers: PUBLISHERS_ONLY, handle: ({ req, id }) => resendFailed(req, id) }),
  // Its figures and the overview's, as CSV (statistics/).
  staffEndpoint({ path: STATISTICS_ENDPOINTS.overviewCsv, method: 'get', handle: ({ req }) => overviewFile(req) }),
  staffEndpoint({ path: STATISTICS_ENDPOINTS.sendCsv, method: 'get', handle: ({ req, id }) => sendFiguresFile(req, id) }),
]
