import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'

import { auditDocumentChange } from '@/audit/documents'

/** Adapters: every collection's changes by a person go to the log's rule (audit/documents.ts). */
export const auditAfterChange: CollectionAfterChangeHook = async ({ collection, context, doc, previousDoc, operation, req }) => {
  await auditDocumentChange(req.payload, { collection: collection.slug, operation, doc, previousDoc, passwordChanged: context.passwordChanged === true }, req)
  return doc
}

/** Before Payload hashes it away: whether this change sets a password (users only). */
export const notePasswordChange: CollectionBeforeChangeHook = ({ context, data, operation }) => {
  if (operation === 'update' && typeof data?.password === 'string' && data.password) context.passwordChanged = true
  return data
}

export const auditAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await auditDocumentChange(req.payload, { collection: collection.slug, operation: 'delete', doc }, req)
  return doc
}
