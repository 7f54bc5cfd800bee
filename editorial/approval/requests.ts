/**
 * The second pair of eyes: an editor asks for an issue to be approved, a publisher (or an admin)
 * approves it or sends it back with a note, and a send to lists settles an open request as
 * approved by the one who sent. Each step is one transaction with its line in the log; the mail to
 * the people concerned is a job (jobs/approvalMail.ts), never sent inside the request.
 */
import { APIError, type PayloadRequest } from 'payload'

import { mayApproveAndSend } from '@/access/roles'
import { auditAction } from '@/audit/documents'
import { inTransaction } from '@/lib/database/transaction'
import { isUniqueViolation } from '@/lib/database/uniqueViolation'
import { QUEUES } from '@/lib/jobs/queues'
import { issueForStaff } from '@/newsletter/issueForStaff'
import type { Approval, Issue, User } from '@/payload-types'

import type { ApprovalRow, ApprovalState } from '../api'
import { APPROVAL_NOTE_MAX } from '../model'

import type { ApprovalMailInput } from './notify'

const noteOf = (body: Record<string, unknown>): string => (typeof body.note === 'string' ? body.note.trim() : '')

function checkedNote(body: Record<string, unknown>, required: string | null): string | null {
  const note = noteOf(body)
  if (note.length > APPROVAL_NOTE_MAX) throw new APIError(`Anteckningen får vara högst ${APPROVAL_NOTE_MAX} tecken.`, 400, null, true)
  if (!note && required) throw new APIError(required, 400, null, true)
  return note || null
}

/** When the issue was last changed, drafts included: what the publisher is asked about. */
async function lastChange(req: PayloadRequest, issue: number): Promise<string> {
  const latest = await req.payload.findByID({ collection: 'issues', id: issue, depth: 0, draft: true, overrideAccess: false, req, select: { updatedAt: true } })
  return latest.updatedAt
}

async function openRequest(req: PayloadRequest, issue: number): Promise<Approval | null> {
  const { docs } = await req.payload.find({ collection: 'approvals', where: { and: [{ issue: { equals: issue } }, { status: { equals: 'requested' } }] }, depth: 0, limit: 1, overrideAccess: true, req })
  return docs[0] ?? null
}

const queueMail = (req: PayloadRequest, input: ApprovalMailInput) => req.payload.jobs.queue({ task: 'approvalMail', queue: QUEUES.editor, input, req })

/** "Begär godkännande": one open request per issue (a unique index holds it when two ask at once). */
export async function requestApproval(req: PayloadRequest, staff: User, issueId: number, body: Record<string, unknown>): Promise<ApprovalRow> {
  const issue = await issueForStaff(req, issueId)
  const note = checkedNote(body, null)
  try {
    return await inTransaction(req, async () => {
      if (await openRequest(req, issue.id)) throw new APIError('Numret väntar redan på godkännande.', 409, null, true)
      const approval = await req.payload.create({
        collection: 'approvals',
        data: { issue: issue.id, title: issue.title, status: 'requested', note, requestedBy: staff.email, requestedById: staff.id, requestedAt: new Date().toISOString(), issueUpdatedAt: await lastChange(req, issue.id) },
        overrideAccess: true,
        req,
      })
      await auditAction(req.payload, req, { kind: 'approvalRequested', collection: 'issues', documentId: issue.id, title: issue.title, note })
      await queueMail(req, { approval: approval.id, event: 'requested' })
      return rowOf(approval, approval.issueUpdatedAt ?? '')
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw new APIError('Numret väntar redan på godkännande.', 409, null, true)
    throw error
  }
}

type Decision = { outcome: 'approved' | 'returned'; note: string | null }

async function settle(req: PayloadRequest, staff: User, issue: Issue, open: Approval, { outcome, note }: Decision): Promise<Approval> {
  const decided = await req.payload.update({
    collection: 'approvals',
    id: open.id,
    data: { status: outcome, decidedBy: staff.email, decidedAt: new Date().toISOString(), decisionNote: note },
    overrideAccess: true,
    req,
  })
  await auditAction(req.payload, req, { kind: outcome === 'approved' ? 'approved' : 'returnedForChanges', collection: 'issues', documentId: issue.id, title: issue.title, note })
  await queueMail(req, { approval: open.id, event: outcome })
  return decided
}

/** "Godkänn" or "Skicka tillbaka" (with what to change): the open request decided by a publisher. */
export async function decideApproval(req: PayloadRequest, staff: User, issueId: number, body: Record<string, unknown>, outcome: Decision['outcome']): Promise<ApprovalRow> {
  if (!mayApproveAndSend(staff.role)) throw new APIError('Bara ansvarig utgivare eller en administratör kan godkänna.', 403, null, true)
  const issue = await issueForStaff(req, issueId)
  const note = checkedNote(body, outcome === 'returned' ? 'Skriv vad som behöver ändras.' : null)
  return inTransaction(req, async () => {
    const open = await openRequest(req, issue.id)
    if (!open) throw new APIError('Numret har ingen begäran om godkännande som väntar.', 409, null, true)
    return rowOf(await settle(req, staff, issue, open, { outcome, note }), await lastChange(req, issue.id))
  })
}

/**
 * A send to lists by a publisher is their approval: an open request is settled by it, in the
 * send's own transaction (sending/queue.ts).
 */
export async function settleBySending(req: PayloadRequest, staff: User, issue: Issue): Promise<void> {
  const open = await openRequest(req, issue.id)
  if (open) await settle(req, staff, issue, open, { outcome: 'approved', note: 'Godkänt genom utskick.' })
}

function rowOf(approval: Approval, issueUpdatedAt: string): ApprovalRow {
  // A request is about the issue as it was when asked; a decision about the issue as it was then.
  const since = approval.status === 'requested' ? (approval.issueUpdatedAt ?? approval.requestedAt) : (approval.decidedAt ?? approval.requestedAt)
  return {
    id: approval.id,
    status: approval.status,
    note: approval.note ?? null,
    requestedBy: approval.requestedBy,
    requestedAt: approval.requestedAt,
    decidedBy: approval.decidedBy ?? null,
    decidedAt: approval.decidedAt ?? null,
    decisionNote: approval.decisionNote ?? null,
    changedSince: Boolean(issueUpdatedAt) && new Date(issueUpdatedAt) > new Date(since),
  }
}

/** The issue's requests, newest first, and whether the one asking may decide them. */
export async function approvalState(req: PayloadRequest, staff: User, issueId: number): Promise<ApprovalState> {
  const issue = await issueForStaff(req, issueId)
  const { docs } = await req.payload.find({ collection: 'approvals', where: { issue: { equals: issue.id } }, sort: '-requestedAt', depth: 0, limit: 20, overrideAccess: false, req })
  const changed = await lastChange(req, issue.id)
  return { requests: docs.map((doc) => rowOf(doc, changed)), mayDecide: mayApproveAndSend(staff.role) }
}
