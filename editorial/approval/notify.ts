/**
 * The mail a step of an approval sends (jobs/approvalMail.ts): a request to every publisher (to
 * the admins when there is none), a decision to the editor who asked. Sent by the job, so the
 * request that made the step answers at once and a mail server that is down delays only the mail.
 */
import type { PayloadRequest } from 'payload'

import { getSettings } from '@/content/reads/settings'
import { approvalDecidedMessage, approvalRequestedMessage } from '@/emails/service/approvalMessages'
import { env } from '@/lib/env'
import { mailer } from '@/lib/mail/mailer'
import { absoluteUrl, routes } from '@/lib/routes'

export type ApprovalMailInput = { approval: number; event: 'requested' | 'approved' | 'returned' }

/** Who decides: the publishers, or the admins when no account has that role yet. */
async function deciders(req: PayloadRequest): Promise<string[]> {
  for (const role of ['publisher', 'admin'] as const) {
    const { docs } = await req.payload.find({ collection: 'users', where: { role: { equals: role } }, depth: 0, limit: 100, overrideAccess: true, req, select: { email: true } })
    if (docs.length > 0) return docs.map((user) => user.email)
  }
  return []
}

export async function sendApprovalMail(req: PayloadRequest, { approval: id, event }: ApprovalMailInput): Promise<void> {
  const approval = await req.payload.findByID({ collection: 'approvals', id, depth: 0, overrideAccess: true, req, disableErrors: true })
  // Gone, or its issue deleted since: nothing left to look at.
  if (!approval?.issue) return
  const issueId = typeof approval.issue === 'number' ? approval.issue : approval.issue.id
  const common = {
    newsletterName: (await getSettings(req.payload)).newsletterName,
    issueTitle: approval.title ?? `nummer ${issueId}`,
    issueUrl: absoluteUrl(env.siteUrl, routes.adminDocument('issues', issueId)),
  }
  if (event === 'requested') {
    const message = await approvalRequestedMessage({ ...common, note: approval.note ?? null, requestedBy: approval.requestedBy })
    // One message to them all: a retried job sends it again as a whole, never to some twice.
    const to = await deciders(req)
    if (to.length > 0) await mailer().send({ to, ...message })
    return
  }
  const message = await approvalDecidedMessage({ ...common, note: approval.decisionNote ?? null, decidedBy: approval.decidedBy ?? '', approved: event === 'approved' })
  // The editor's account as it is now (it may have a new address, or be gone).
  const editor = approval.requestedById ? await req.payload.findByID({ collection: 'users', id: approval.requestedById, depth: 0, overrideAccess: true, req, disableErrors: true }) : null
  if (editor && editor.email !== approval.decidedBy) await mailer().send({ to: editor.email, ...message })
}
