/**
 * What staff do to an issue's record from the "Skicka" box: mark it as sent through another tool,
 * publish a correction, and read its copies. Each copy is made in a transaction of its own, and
 * readers' pages of the issue are expired when it is kept (newsletter/copies.ts).
 */
import { APIError, type PayloadRequest } from 'payload'

import { auditAction } from '@/audit/documents'
import { inTransaction } from '@/lib/database/transaction'
import { routes } from '@/lib/routes'
import type { Issue, User } from '@/payload-types'

import type { CopyList, NewCopyAnswer } from './api'
import { copiesOf, expireCopies, makeCopy, type NewCopy } from './copies'
import { issueForStaff } from './issueForStaff'

async function recordCopy(req: PayloadRequest, staff: User, issue: Issue, asked: Omit<NewCopy, 'issue' | 'by'>): Promise<NewCopyAnswer> {
  const copy = await inTransaction(req, async () => {
    const made = await makeCopy(req.payload, { issue: issue.id, by: staff.email, ...asked }, req)
    await auditAction(req.payload, req, { kind: asked.kind === 'correction' ? 'correction' : 'markedSent', collection: 'issues', documentId: issue.id, title: issue.title, note: asked.note ?? asked.sentTo })
    // Takes effect when the copy is kept: readers' pages of the issue show it (if it has gone out).
    await expireCopies(req.payload, req)
    return made
  })
  return { version: copy.version, url: routes.issueSentCopy(issue.slug ?? '', copy.version) }
}

/** It went out through another tool on the given day (MarkSentRequest): that is its record from now on. */
export async function markAsSent(req: PayloadRequest, staff: User, issueId: number, body: Record<string, unknown>): Promise<NewCopyAnswer> {
  const issue = await issueForStaff(req, issueId)
  const sentAt = typeof body.sentAt === 'string' ? new Date(body.sentAt) : null
  if (!sentAt || Number.isNaN(sentAt.getTime())) throw new APIError('Ange när numret skickades.', 400, null, true)
  if (sentAt.getTime() > Date.now() + 60_000) throw new APIError('Ett nummer kan inte markeras som skickat i framtiden. Planera ett utskick i stället.', 400, null, true)
  const sentTo = typeof body.sentTo === 'string' && body.sentTo.trim() ? body.sentTo.trim().slice(0, 300) : 'Skickat med ett annat verktyg'
  return recordCopy(req, staff, issue, { kind: 'marked', sentAt, sentTo })
}

/** The published fix becomes the issue's record, with the note readers see (CorrectionRequest). */
export async function publishCorrection(req: PayloadRequest, staff: User, issueId: number, body: Record<string, unknown>): Promise<NewCopyAnswer> {
  return recordCopy(req, staff, await issueForStaff(req, issueId), { kind: 'correction', sentAt: new Date(), sentTo: '', note: typeof body.note === 'string' ? body.note : '' })
}

/** The issue's copies, oldest first, without their bodies, as staff see them. */
export async function copiesForStaff(req: PayloadRequest, issueId: number): Promise<CopyList> {
  const issue = await issueForStaff(req, issueId)
  const docs = await copiesOf(req.payload, issue.id, req)
  return {
    copies: docs.map((copy) => ({
      version: copy.version,
      kind: copy.kind,
      sentAt: copy.sentAt ?? null,
      public: copy.public ?? false,
      sentTo: copy.sentTo ?? null,
      note: copy.note ?? null,
      createdBy: copy.createdBy ?? null,
      url: routes.issueSentCopy(issue.slug ?? '', copy.version),
    })),
  }
}
