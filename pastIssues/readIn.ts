import { createLocalReq, type Payload } from 'payload'

import { auditAction } from '@/audit/documents'
import { inTransaction } from '@/lib/database/transaction'
import { isUniqueViolation } from '@/lib/database/uniqueViolation'

import type { User } from '@/payload-types'

import { dayOf, createDrafts, type Made } from './drafts'
import type { FetchRules } from './fetchWebVersion'
import { fingerprintOf } from './fingerprint'
import { fetchImages } from './images'
import type { FileResult } from './model'
import { printable } from './printable'
import { readSource, type Source, type SourceReading } from './readSource'
import { BadZip, unzip } from './unzip'

/** One file's outcome: what the command prints, and where its drafts are when it made them. */
export type ReadInResult = FileResult & { importId?: number; issueId?: number; again?: boolean; made?: Made }

export type ReadInOptions = {
  dryRun: boolean
  staff?: User | null
  /** Where photos may be fetched from: the public internet (tests widen it to their own server). */
  fetchRules?: FetchRules
}

/** A zip's files, each named inside it; everything else as it is. */
async function expand(sources: Source[]): Promise<{ sources: Source[]; results: ReadInResult[] }> {
  const out: Source[] = []
  const results: ReadInResult[] = []
  for (const source of sources) {
    if (!/\.zip$/i.test(source.name)) {
      out.push(source)
      continue
    }
    try {
      const { sources: inner, skipped } = await unzip(source.bytes)
      out.push(...inner.map((s) => ({ name: `${source.name}/${s.name}`, bytes: s.bytes })))
      results.push(...skipped.map((line) => ({ file: `${source.name}/${line.split(':')[0]}`, ok: false, error: line.slice(line.indexOf(':') + 2) })))
      if (inner.length === 0 && skipped.length === 0) results.push({ file: source.name, ok: false, error: 'Zip-filen innehåller inga nyhetsbrev (.txt, .html eller .eml).' })
    } catch (error) {
      if (!(error instanceof BadZip)) throw error
      results.push({ file: source.name, ok: false, error: error.message })
    }
  }
  return { sources: out, results }
}

/** One original read: the result the command prints, and what the drafts are made from. */
export type ReadOriginal = { result: ReadInResult; read?: Extract<SourceReading, { ok: true }>; name: string }

/** Reads each original (a zip's files one by one) without touching the database: the dry run. */
export async function readOriginals(given: Source[]): Promise<ReadOriginal[]> {
  const { sources, results } = await expand(given)
  const out: ReadOriginal[] = results.map((result) => ({ result, name: result.file }))
  for (const source of sources) {
    const read = await readSource(source)
    if (!read.ok) out.push({ name: source.name, result: { file: source.name, ok: false, error: read.error } })
    else out.push({ name: source.name, read, result: { file: source.name, ok: true, ...printable(read.reading) } })
  }
  return out
}

/**
 * Reads each original and, unless it is a dry run, makes its drafts: all of one issue's
 * documents in one transaction (nothing half-made), the import recorded with the original beside
 * them. The same issue read again is found by its title and day, and an issue already on the
 * site for that day is not made twice.
 */
export async function readIn(payload: Payload, given: Source[], { dryRun, staff = null, fetchRules = {} }: ReadInOptions): Promise<ReadInResult[]> {
  const originals = await readOriginals(given)
  if (dryRun) return originals.map((o) => o.result)
  const results: ReadInResult[] = []
  for (const { result, read, name } of originals) {
    if (!read || !result.issue) {
      results.push(result)
      continue
    }
    const { issue, flags = [] } = result
    const earlier = await findEarlier(payload, fingerprintOf(issue), dayOf(issue.date))
    if (earlier) {
      results.push({ ...result, again: true, ...earlier })
      continue
    }
    const images = await fetchImages(read.reading.issue, fetchRules)
    const req = await createLocalReq({ user: staff ?? undefined }, payload)
    const made = await inTransaction(req, async (): Promise<Partial<ReadInResult>> => {
      const drafts = await createDrafts(payload, req, read.reading.issue, flags, images)
      const record = await payload.create({
        collection: 'issue-imports',
        data: {
          title: issue.title,
          issueDate: issue.date,
          fingerprint: fingerprintOf(issue),
          sourceName: name.slice(0, 500),
          sourceKind: read.kind,
          original: read.original,
          reading: issue,
          flags,
          issue: drafts.issueId,
          made: drafts.made,
          status: 'draft',
          createdBy: staff?.email ?? 'npm run import',
        },
        overrideAccess: true,
        req,
      })
      if (staff) await auditAction(payload, req, { kind: 'pastIssueImported', collection: 'issues', documentId: drafts.issueId, title: issue.title, note: `från ${name.slice(0, 200)}` })
      return { importId: record.id, issueId: drafts.issueId, made: drafts.made }
    }).catch(async (error: unknown) => {
      // The same issue read in twice at once: the fingerprint's unique index let the other one make it.
      const other = isUniqueViolation(error) ? await findEarlier(payload, fingerprintOf(issue), null) : null
      if (!other) throw error
      return { again: true, ...other }
    })
    results.push({ ...result, flags, ...made })
  }
  return results
}

/** An earlier import of the issue, or an issue already on the site for its day. */
async function findEarlier(payload: Payload, fingerprint: string, day: string | null): Promise<{ importId?: number; issueId: number } | null> {
  const { docs } = await payload.find({ collection: 'issue-imports', where: { fingerprint: { equals: fingerprint } }, limit: 1, depth: 0, overrideAccess: true })
  const record = docs[0]
  if (record) return { importId: record.id, issueId: typeof record.issue === 'object' ? record.issue.id : record.issue }
  if (!day) return null
  const issues = await payload.find({ collection: 'issues', where: { slug: { equals: day } }, limit: 1, depth: 0, draft: true, overrideAccess: true })
  const issue = issues.docs[0]
  return issue ? { issueId: issue.id } : null
}
