import MailComposer from 'nodemailer/lib/mail-composer/index.js'
import type { Payload } from 'payload'

import { env } from '@/lib/env'
import { isPublicAddress, type FetchRules } from '@/lib/http/safeFetch'
import { renderIssueForEditor } from '@/newsletter/editorEmail'
import type { User } from '@/payload-types'

import { accessibilityLine, cssLine, partsOf } from './htmlChecks'
import { linksLine } from './links'
import type { Checklist } from '@/editorial/model'
import { spamLine, type Spamd } from './spam'
import { imagesLine, preheaderLine, sizeLine, subjectLine, textPartLine } from './textChecks'

export type ChecklistOptions = {
  /** SpamAssassin's spamd (SPAMD_URL); tests give their own. */
  spamd?: Spamd | null
  /** Where links may be followed: the public internet (tests widen it to their own server). */
  fetchRules?: FetchRules
}

/** A test rig's own link server on this machine (LINK_CHECK_ALLOW_LOOPBACK): loopback and the public internet, nothing between. */
const LOOPBACK_TOO: FetchRules = { allowHttp: true, allowAddress: (address) => /^(?:127\.\d+\.\d+\.\d+|::1)$/.test(address) || isPublicAddress(address) }

/** The e-mail as a message spamd can score: the same headers a send has that matter to filters. */
function messageOf(subject: string, html: string, text: string): Promise<Buffer> {
  const from = env.mailFrom
  const mail = new MailComposer({ from: { name: from.name, address: from.address }, to: 'mottagare@example.invalid', subject, html, text, textEncoding: 'quoted-printable', headers: { 'List-Unsubscribe': `<${env.siteUrl}/avregistrera>` } })
  return new Promise((resolve, reject) => mail.compile().build((error, message) => (error ? reject(error) : resolve(message))))
}

/** The images' weight: each image's size from the media library when it is one of ours, else unknown. */
async function imageSizes(payload: Payload, sources: string[]): Promise<{ src: string; bytes: number | null }[]> {
  return Promise.all(
    [...new Set(sources)].map(async (src) => {
      const raw = src.split('?')[0]?.split('/').pop() ?? ''
      let file = raw
      try {
        file = decodeURIComponent(raw)
      } catch {
        // A stray % in an address: the name as it is.
      }
      if (!file) return { src, bytes: null }
      const { docs } = await payload.find({ collection: 'media', where: { or: [{ filename: { equals: file } }, { 'sizes.email.filename': { equals: file } }, { 'sizes.card.filename': { equals: file } }] }, limit: 1, depth: 0, overrideAccess: true })
      const media = docs[0]
      if (!media) return { src, bytes: null }
      const size = [media.sizes?.email, media.sizes?.card].find((s) => s?.filename === file)?.filesize ?? media.filesize ?? null
      return { src, bytes: size }
    }),
  )
}

/**
 * "Före utskick": the issue's e-mail as it would go out (the editor's newest draft), checked line
 * by line — subject, preheader, text version, size against Gmail's clipping, image weight, the
 * accessibility check, CSS the common mail programs do not support, every link followed, and
 * SpamAssassin's score when there is one. Null when the issue does not exist for this person.
 */
export async function runChecklist(payload: Payload, user: User, issueId: number, options: ChecklistOptions = {}): Promise<Checklist | null> {
  const email = Number.isInteger(issueId) && issueId > 0 ? await renderIssueForEditor(payload, String(issueId), user) : null
  if (!email) return null
  const parts = partsOf(email.html)
  const [links, images, spam] = await Promise.all([
    linksLine(parts.links.map((l) => l.href), env.siteUrl, options.fetchRules ?? (env.linkCheckAllowLoopback ? LOOPBACK_TOO : {})),
    imageSizes(payload, parts.images.map((i) => i.src)).then(imagesLine),
    messageOf(email.subject, email.html, email.text).then((message) => spamLine(message, options.spamd === undefined ? env.spamd : options.spamd)),
  ])
  const lines = [subjectLine(email.subject), preheaderLine(email.preheader), textPartLine(email.text), sizeLine(email.html), images, accessibilityLine(parts), cssLine(email.html), links, spam]
  return { lines, failing: lines.filter((l) => l.status === 'fail').map((l) => `${l.label}: ${l.detail}`), checkedAt: new Date().toISOString() }
}
