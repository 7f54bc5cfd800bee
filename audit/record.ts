import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { sqlDb } from '@/lib/database/sqlDb'
import { forwardedClient } from '@/lib/security/clientAddress'

import type { AuditEntry } from './model'

const cut = (value: string | null | undefined, max: number): string | null => (value ? value.slice(0, max) : null)

/**
 * Appends one entry to the log, in the request's transaction when there is one (an action that
 * is rolled back leaves no entry). The table takes inserts only: a trigger refuses every change
 * and every deletion but the retention job's (migrations/20261206_131500_audit_log.ts).
 */
export async function recordAudit(payload: Payload, entry: AuditEntry, req?: Partial<PayloadRequest>): Promise<void> {
  const address = entry.address ?? (req?.headers ? forwardedClient(req.headers) : null)
  const db = await sqlDb(payload, req)
  const fields = entry.fields && entry.fields.length > 0 ? entry.fields.slice(0, 50).map((f) => f.slice(0, 100)) : null
  await db.execute(sql`
    INSERT INTO audit_log (actor_id, actor, kind, collection, document_id, title, fields, note, address)
    VALUES (${entry.actorId ?? null}, ${cut(entry.actor, 254)}, ${entry.kind}, ${cut(entry.collection, 100)}, ${entry.documentId === undefined || entry.documentId === null ? null : String(entry.documentId).slice(0, 40)},
      ${cut(entry.title, 300)}, ${fields ? sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(fields)}::jsonb))` : null}, ${cut(entry.note, 1000)}, ${cut(address, 64)})`)
}

/** Who did it, from the request: the signed-in staff member's e-mail and id. */
export function actorOf(req: Partial<PayloadRequest> | undefined): { actor: string | null; actorId: number | null } {
  const user = req?.user as { email?: unknown; id?: unknown; collection?: unknown } | null | undefined
  if (!user || user.collection !== 'users') return { actor: null, actorId: null }
  return { actor: typeof user.email === 'string' ? user.email : null, actorId: typeof user.id === 'number' ? user.id : null }
}
