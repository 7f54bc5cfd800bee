import type { Payload, PayloadRequest } from 'payload'

import type { AuditKind } from './model'
import { actorOf, recordAudit } from './record'

/** Collections whose content readers see: what is logged of them is publishing, unpublishing and deleting. */
const PUBLISHABLE = new Set(['issues', 'articles', 'events', 'reference-groups', 'reusable-texts'])
/** Collections whose every change by a person is logged. */
const EVERY_CHANGE = new Set(['members', 'media', 'mailing-lists', 'subscribers', 'users'])
/** Never the values of these, and not even as changed fields: a secret is logged as its own kind. */
const SECRET = new Set(['password', 'hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'loginAttempts', 'lockUntil', 'sessions', 'apiKey', 'apiKeyIndex'])
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', '_status', 'collection'])

type Doc = Record<string, unknown>

/** What the log calls a document: its title or name — never a subscriber's address. */
export function titleOf(collection: string, doc: Doc): string | null {
  if (collection === 'subscribers') return `Prenumerant ${String(doc.id ?? '')}`
  for (const key of ['title', 'name', 'email', 'filename', 'alt']) if (typeof doc[key] === 'string' && doc[key]) return doc[key] as string
  return null
}

/** The top-level fields whose values differ (names only). */
export function changedFields(doc: Doc, previous: Doc | undefined): string[] {
  if (!previous) return []
  return Object.keys({ ...doc, ...previous }).filter((key) => !SECRET.has(key) && !BOOKKEEPING.has(key) && JSON.stringify(doc[key] ?? null) !== JSON.stringify(previous[key] ?? null))
}

export type DocumentChange = {
  collection: string
  operation: 'create' | 'update' | 'delete'
  doc: Doc
  previousDoc?: Doc
  /** An account's password was set in this change (the value never reaches the log). */
  passwordChanged?: boolean
}

/**
 * A change a person made to a document, as the log keeps it: publishing and unpublishing what
 * readers see; every change to people, lists, images and accounts — a role change and a new
 * password as their own kinds; deletions of anything. Changes made by the system (jobs,
 * scripts) are not a person's and are not logged here.
 */
export async function auditDocumentChange(payload: Payload, change: DocumentChange, req: Partial<PayloadRequest>): Promise<void> {
  const who = actorOf(req)
  if (!who.actor) return
  const { collection, operation, doc, previousDoc } = change
  const base = { ...who, collection, documentId: doc.id as number | string, title: titleOf(collection, doc) }
  const entries: { kind: AuditKind; fields?: string[]; note?: string }[] = []
  if (operation === 'delete') entries.push({ kind: 'deleted' })
  else if (PUBLISHABLE.has(collection)) {
    const was = previousDoc?._status
    if (doc._status === 'published' && was !== 'published') entries.push({ kind: 'published' })
    else if (doc._status !== 'published' && was === 'published') entries.push({ kind: 'unpublished' })
  } else if (EVERY_CHANGE.has(collection)) {
    if (operation === 'create') entries.push({ kind: 'created' })
    else {
      const fields = changedFields(doc, previousDoc)
      if (collection === 'users' && previousDoc && doc.role !== previousDoc.role) entries.push({ kind: 'roleChanged', note: `${String(previousDoc.role)} → ${String(doc.role)}` })
      const rest = fields.filter((f) => !(collection === 'users' && f === 'role'))
      if (rest.length > 0) entries.push({ kind: 'changed', fields: rest })
    }
    if (collection === 'users' && operation === 'update' && change.passwordChanged) entries.push({ kind: 'passwordChanged' })
  } else if (collection === 'subscriber-imports' && doc.status === 'queued' && previousDoc?.status !== 'queued') {
    entries.push({ kind: 'subscribersImported' })
  }
  for (const entry of entries) await recordAudit(payload, { ...base, ...entry }, req)
}

/** The settings changed: which fields. */
export async function auditSettingsChange(payload: Payload, doc: Doc, previousDoc: Doc | undefined, req: Partial<PayloadRequest>): Promise<void> {
  const who = actorOf(req)
  const fields = changedFields(doc, previousDoc).filter((f) => f !== 'globalType')
  if (!who.actor || fields.length === 0) return
  await recordAudit(payload, { ...who, kind: 'settingsChanged', collection: 'site-settings', title: 'Inställningar', fields }, req)
}

/**
 * What was typed as the address of a failed sign-in, kept only when it looks like one: people
 * paste their password into the wrong field, and the log keeps what it holds for years.
 */
export function typedAddress(typed: string): string {
  const value = typed.trim().toLowerCase()
  return /^[^\s@]{1,64}@[^\s@]{1,189}\.[^\s@]{2,}$/.test(value) ? value : '(inte en e-postadress)'
}

/** A sign-in, or a failed one with the address that was typed (at most 254 characters of it). */
export async function auditSignIn(payload: Payload, req: Partial<PayloadRequest>, outcome: { ok: true; user: { id: number; email: string } } | { ok: false; typed: string }): Promise<void> {
  if (outcome.ok) await recordAudit(payload, { kind: 'signIn', actor: outcome.user.email, actorId: outcome.user.id, collection: 'users', documentId: outcome.user.id }, req)
  else await recordAudit(payload, { kind: 'signInFailed', actor: typedAddress(outcome.typed) }, req)
}

/** An action of a room (a send, an export, a correction …) by the person in the request. */
export async function auditAction(payload: Payload, req: Partial<PayloadRequest>, entry: { kind: AuditKind; collection?: string; documentId?: number | string; title?: string | null; note?: string | null }): Promise<void> {
  const who = actorOf(req)
  await recordAudit(payload, { ...who, ...entry }, req)
}
