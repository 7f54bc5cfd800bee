import { APIError, ValidationError, type PayloadRequest } from 'payload'

import { auditAction } from '@/audit/documents'
import { inTransaction } from '@/lib/database/transaction'
import { stockholmDay, stockholmTime } from '@/lib/dates'
import { copiesOf, expireCopies, makeCopy } from '@/newsletter/copies'
import type { IssueImport, User } from '@/payload-types'

import { cleanOriginal, originalText } from './cleanOriginal'
import type { Made } from './drafts'

/** What the import linked to that was already there but is not published: the issue would point at nothing. */
async function linkedDrafts(req: PayloadRequest, made: Made): Promise<string[]> {
  const names: string[] = []
  for (const [collection, word] of [['articles', 'artikeln'], ['events', 'evenemanget']] as const) {
    const ids = made.linked[collection]
    if (ids.length === 0) continue
    const { docs } = await req.payload.find({ collection, where: { id: { in: ids } }, depth: 0, overrideAccess: true, req, pagination: false, select: { title: true, _status: true } })
    names.push(...docs.filter((d) => d._status !== 'published').map((d) => `${word} ”${d.title}”`))
  }
  return names
}

export type Approved = { issue: number; slug: string; version: number }

const COLLECTION_WORDS = { 'reference-groups': 'Referensgruppen', events: 'Evenemanget', articles: 'Artikeln', issues: 'Numret' } as const

/** A draft that cannot be published yet: which document and which fields, in Swedish. */
function refusal(collection: keyof typeof COLLECTION_WORDS, title: string, error: unknown): never {
  if (error instanceof ValidationError) {
    const fields = error.data.errors.map((e) => e.label ?? e.path).join(', ')
    throw new APIError(`${COLLECTION_WORDS[collection]} ”${title}” kan inte publiceras ännu: fyll i ${fields}.`, 400, null, true)
  }
  throw error
}

/**
 * The editor has reviewed an import: its drafts — reference groups, events, articles, then the
 * issue — are published, and the issue is recorded as sent on its own date. When the original was
 * HTML, the record's first copy is that original (cleaned of anything that runs or follows a
 * reader); a text original is recorded as the issue rendered. One transaction: a draft that cannot
 * be published yet (a link without an address, an event without a day) publishes nothing.
 */
export async function approveImport(req: PayloadRequest, staff: User, id: number): Promise<Approved> {
  const found = Number.isFinite(id) ? await req.payload.findByID({ collection: 'issue-imports', id, depth: 0, overrideAccess: true, disableErrors: true, req }) : null
  if (!found) throw new APIError('Det importerade numret finns inte.', 404, null, true)
  const record: IssueImport = found
  if (record.status === 'published') throw new APIError('Numret är redan publicerat som skickat.', 409, null, true)
  const made = record.made as Made
  const issueId = typeof record.issue === 'object' ? record.issue.id : record.issue
  // The day as the editor has it now, in the draft: the reading may have found only the month.
  const draftIssue = await req.payload.findByID({ collection: 'issues', id: issueId, draft: true, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!draftIssue) throw new APIError('Numret som importen gjorde finns inte längre.', 409, null, true)
  if (!draftIssue.issueDate) throw new APIError('Ange numrets utgivningsdag först (bara månaden är känd): Utgivningsdatum i numret.', 400, null, true)
  const day = stockholmDay(draftIssue.issueDate)
  const unpublished = await linkedDrafts(req, made)
  if (unpublished.length > 0) throw new APIError(`Numret länkar till ${unpublished.join(', ')}, som inte är publicerad. Publicera den först eller byt ut den i numret.`, 400, null, true)

  return inTransaction(req, async () => {
    const publish = async (collection: keyof typeof COLLECTION_WORDS, ids: number[]) => {
      for (const docId of ids) {
        // The newest draft, whole, as the editor left it in the review: Payload checks every field of it.
        const { id: _id, createdAt: _created, updatedAt: _updated, ...draft } = await req.payload.findByID({ collection, id: docId, draft: true, depth: 0, overrideAccess: true, req })
        const title = 'title' in draft ? draft.title : 'name' in draft ? draft.name : String(docId)
        await req.payload
          .update({ collection, id: docId, data: { ...draft, _status: 'published' } as never, overrideAccess: false, user: staff, req })
          .catch((error: unknown) => refusal(collection, String(title), error))
      }
    }
    await publish('reference-groups', made.made.groups)
    await publish('events', made.made.events)
    await publish('articles', made.made.articles)
    await publish('issues', [issueId])
    const issue = await req.payload.findByID({ collection: 'issues', id: issueId, depth: 0, overrideAccess: true, req })
    if ((await copiesOf(req.payload, issueId, req)).length > 0) throw new APIError('Numret har redan ett register över vad som skickades.', 409, null, true)
    const sentAt = stockholmTime(day, '09:00')
    const original = record.sourceKind === 'text' ? undefined : { html: cleanOriginal(record.original), text: originalText(record.original), subject: record.title }
    const copy = await makeCopy(
      req.payload,
      { issue: issueId, kind: original ? 'imported' : 'marked', sentAt, sentTo: `Skickat med Paloma (importerat från ${record.sourceName})`, by: staff.email, ...(original ? { original } : {}) },
      req,
    )
    await req.payload.update({ collection: 'issue-imports', id: record.id, data: { status: 'published', approvedBy: staff.email, approvedAt: new Date().toISOString() }, overrideAccess: true, req })
    await expireCopies(req.payload, req)
    await auditAction(req.payload, req, { kind: 'pastIssueApproved', collection: 'issues', documentId: issueId, title: issue.title, note: `från ${record.sourceName}` })
    return { issue: issueId, slug: issue.slug ?? day, version: copy.version }
  })
}
