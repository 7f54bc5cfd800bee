import type { Payload } from 'payload'
import { cacheTags } from '@/lib/cacheTags'

import { cachedForPublic } from '@/content/reads/cached'
import { PUBLIC_READER } from '@/content/reads/reader'

import type { CopyKind } from './model'

/** What the site says about one copy of a sent issue, without its bodies. */
export type SentCopyRef = { version: number; kind: CopyKind; sentAt: string; note: string | null }

export type SentCopy = SentCopyRef & { subject: string; webHtml: string; webText: string; emailHtml: string; emailText: string }

const TAGS = [cacheTags.collection('issues')]

/** The sent copies, oldest first: empty for an issue not sent (or not on the site). */
export const listSentCopies = cachedForPublic('sent-copies', TAGS, async (payload, reader, slug: string): Promise<SentCopyRef[]> => {
  const { docs } = await payload.find({
    collection: 'issue-snapshots',
    where: { 'issue.slug': { equals: slug } },
    sort: 'version',
    pagination: false,
    depth: 0,
    select: { version: true, kind: true, sentAt: true, renderedAsOf: true, note: true },
    user: reader.user,
    overrideAccess: false,
  })
  return docs.map((doc) => ({ version: doc.version, kind: doc.kind, sentAt: doc.sentAt ?? doc.renderedAsOf, note: doc.note ?? null }))
})

/** Whether the published issue has a public copy by this number ("1", "2", … as written in its address). */
export async function isSentCopyVersion(payload: Payload, slug: string, version: string): Promise<boolean> {
  if (!/^[1-9]\d{0,5}$/.test(version)) return false
  return (await listSentCopies(payload, PUBLIC_READER, slug)).some((copy) => copy.version === Number(version))
}

/** One copy with its bodies; `version` null for the newest (what the web version serves). */
export const getSentCopy = cachedForPublic('sent-copy', TAGS, async (payload, reader, slug: string, version: number | null): Promise<SentCopy | null> => {
  const { docs } = await payload.find({
    collection: 'issue-snapshots',
    where: { and: [{ 'issue.slug': { equals: slug } }, ...(version === null ? [] : [{ version: { equals: version } }])] },
    sort: '-version',
    limit: 1,
    depth: 0,
    user: reader.user,
    overrideAccess: false,
  })
  const doc = docs[0]
  if (!doc) return null
  return {
    version: doc.version,
    kind: doc.kind,
    sentAt: doc.sentAt ?? doc.renderedAsOf,
    note: doc.note ?? null,
    subject: doc.subject,
    webHtml: doc.webHtml,
    webText: doc.webText,
    emailHtml: doc.emailHtml,
    emailText: doc.emailText,
  }
})
