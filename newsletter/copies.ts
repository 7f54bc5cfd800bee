/**
 * The copies of what was sent (collection issue-snapshots): the issue's e-mail — for the web
 * version and for inboxes, both without anything personal — rendered once from published content
 * and kept. The first copy is made when the issue is sent from here or marked as sent through
 * another tool; each correction adds one; readers see them once the issue has gone out. Every copy is rendered as of the day the issue first went
 * out, so a call to join that was open then stays open in the record after its deadline.
 */
import { APIError, type Payload, type PayloadRequest } from 'payload'

import type { CorrectionNote } from '@/emails/context'
import { renderIssueEmail } from '@/emails/renderIssueEmail'
import { cacheTags } from '@/lib/cacheTags'
import { isUniqueViolation } from '@/lib/database/uniqueViolation'
import { readPublishedIssue } from '@/content/reads/issues'
import { readSettings } from '@/content/reads/settings'
import { expire } from '@/content/revalidation/expire'
import { absoluteUrl, routes } from '@/lib/routes'
import { MAX_CORRECTION_NOTE, type CopyKind } from './model'
import type { IssueSnapshot } from '@/payload-types'

export type NewCopy = {
  issue: number
  kind: CopyKind
  /**
   * The day that decides what was open (a send's scheduled time, the day marked, a correction's
   * now). A marked copy went out then and a correction is made then; a send's copy goes out when
   * its first message is accepted (recordWentOut).
   */
  sentAt: Date
  /** The lists, or what the editor says about a send through another tool. */
  sentTo: string
  by: string
  note?: string
  /** An imported issue's original as it was sent (kind 'imported'): kept instead of a rendering. */
  original?: { html: string; text: string; subject: string }
}

/** Every copy of the issue, oldest first, for the server's own use. */
export async function copiesOf(payload: Payload, issue: number, req?: PayloadRequest): Promise<IssueSnapshot[]> {
  const { docs } = await payload.find({ collection: 'issue-snapshots', where: { issue: { equals: issue } }, sort: 'version', pagination: false, depth: 0, overrideAccess: true, req })
  return docs
}

export async function makeCopy(payload: Payload, asked: NewCopy, req?: PayloadRequest): Promise<IssueSnapshot> {
  // Read in the write's own transaction, past every cache: the copy is of the issue as it is now.
  const [issue, settings] = await Promise.all([readPublishedIssue(payload, asked.issue, req), readSettings(payload, req)])
  if (!issue) throw new APIError('Bara ett publicerat nummer kan skickas eller rättas. Publicera numret först.', 409, null, true)
  const earlier = await copiesOf(payload, asked.issue, req)
  const first = earlier[0]
  const note = (asked.note ?? '').trim()
  if (asked.kind === 'correction') {
    if (!first) throw new APIError('Numret har inte skickats. Ändra det och publicera som vanligt.', 409, null, true)
    if (!note) throw new APIError('Skriv vad som rättades, till exempel ”Rättat 2 april: fel datum för webbinariet”.', 400, null, true)
    if (note.length > MAX_CORRECTION_NOTE) throw new APIError(`Anteckningen får vara högst ${MAX_CORRECTION_NOTE} tecken.`, 400, null, true)
  } else if (asked.kind === 'imported' && !asked.original) {
    throw new APIError('Ett importerat original saknas.', 400, null, true)
  } else if (first) {
    const when = first.sentAt ? ` (${first.sentAt.slice(0, 10)})` : ''
    throw new APIError(`Numret är redan skickat, markerat som skickat eller planerat${when}.`, 409, null, true)
  }

  const corrections: CorrectionNote[] = [
    ...earlier.filter((s) => s.kind === 'correction').map((s) => ({ at: s.sentAt ?? s.renderedAsOf, note: s.note ?? '' })),
    ...(asked.kind === 'correction' ? [{ at: asked.sentAt.toISOString(), note }] : []),
  ]
  const sent =
    corrections.length > 0 && first
      ? { sentAt: first.sentAt ?? first.renderedAsOf, firstCopyHref: absoluteUrl(settings.siteUrl, routes.issueSentCopy(issue.slug, first.version)), corrections }
      : undefined
  const asOf = first ? new Date(first.renderedAsOf) : asked.sentAt
  const original = asked.kind === 'imported' ? asked.original : undefined
  const [web, email] = original
    ? [original, original]
    : await Promise.all([renderIssueEmail(issue, settings, { mode: 'web', now: asOf, sent }), renderIssueEmail(issue, settings, { mode: 'email', now: asOf, sent })])
  const made = await payload
    .create({
      collection: 'issue-snapshots',
      data: {
        issue: asked.issue,
        version: (earlier.at(-1)?.version ?? 0) + 1,
        kind: asked.kind,
        // A send's copy has gone nowhere yet: its time is that of its first accepted message.
        sentAt: asked.kind === 'sent' ? null : asked.sentAt.toISOString(),
        public: asked.kind === 'marked' || asked.kind === 'imported' || (asked.kind === 'correction' && earlier.some((earlierCopy) => earlierCopy.public)),
        renderedAsOf: asOf.toISOString(),
        note: asked.kind === 'correction' ? note : null,
        sentTo: asked.sentTo,
        createdBy: asked.by,
        subject: original?.subject ?? email.subject,
        webHtml: web.html,
        webText: web.text,
        emailHtml: email.html,
        emailText: email.text,
        placeholder: settings.unsubscribePlaceholder,
      },
      overrideAccess: true,
      req,
    })
    .catch((error: unknown) => {
      // Two editors (or a double click) at once: the unique (issue, version) index lets one win.
      if (isUniqueViolation(error)) throw new APIError('Numret skickades, markerades eller rättades nyss av någon annan. Ladda om sidan och se efter.', 409, null, true)
      throw error
    })
  return made
}

/** Readers' pages of the issue (its page, web version, copies) show the record as it is now. */
export async function expireCopies(payload: Payload, req?: PayloadRequest): Promise<void> {
  await expire(payload, [cacheTags.collection('issues')], req)
}

/**
 * The issue has gone out — a send's first message was accepted: its copies become the public
 * record, a send's copy with the time of that message (corrections made meanwhile keep theirs).
 * Does nothing when it had gone out before. Returns whether anything changed.
 */
export async function recordWentOut(payload: Payload, issue: number, at: Date): Promise<boolean> {
  const { docs } = await payload.update({
    collection: 'issue-snapshots',
    where: { and: [{ issue: { equals: issue } }, { public: { equals: false } }] },
    data: { public: true },
    depth: 0,
    overrideAccess: true,
  })
  const unsent = docs.filter((copy) => copy.kind === 'sent' && !copy.sentAt)
  for (const copy of unsent) await payload.update({ collection: 'issue-snapshots', id: copy.id, data: { sentAt: at.toISOString() }, depth: 0, overrideAccess: true })
  if (docs.length === 0) return false
  await expireCopies(payload)
  return true
}

/**
 * A send cancelled before a single message went out (a scheduled one, say) did not send the
 * issue: unless it had gone out otherwise, every copy made for it goes — its own and any
 * correction made meanwhile — and the issue counts as unsent again. Returns whether it did.
 */
export async function withdrawUnsentCopies(payload: Payload, issue: number, req: PayloadRequest): Promise<boolean> {
  const copies = await copiesOf(payload, issue, req)
  if (copies.length === 0 || copies.some((copy) => copy.public)) return false
  // Anything tried (sent, failed) or still to go (another send's queue) keeps the copies.
  const deliveries = await payload.count({ collection: 'deliveries', where: { and: [{ issue: { equals: issue } }, { status: { in: ['sent', 'failed', 'queued'] } }] }, overrideAccess: true, req })
  if (deliveries.totalDocs > 0) return false
  await payload.db.deleteMany({ collection: 'issue-snapshots', where: { issue: { equals: issue } }, req })
  return true
}
