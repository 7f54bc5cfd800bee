import { AUDIT_ENDPOINTS } from '@/audit/api'
import { exportAudit } from '@/audit/export'

import { staffEndpoint } from '../shared/staffEndpoint'

/** The log as CSV (audit/export.ts): admins only. */
export const auditCsvEndpoint = staffEndpoint({
  path: AUDIT_ENDPOINTS.csv,
  method: 'get',
  admins: 'Bara administratörer ser loggen.',
  handle: ({ req }) => exportAudit(req),
})
