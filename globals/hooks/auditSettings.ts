import type { GlobalAfterChangeHook } from 'payload'

import { auditSettingsChange } from '@/audit/documents'

/** Adapter: a person's change to the settings goes to the log (audit/documents.ts). */
export const auditSettings: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  await auditSettingsChange(req.payload, doc, previousDoc, req)
  return doc
}
