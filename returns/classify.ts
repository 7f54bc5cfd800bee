/**
 * What one message that came back is, read from its structure before its words:
 *
 * - a delivery status notification (RFC 3464 `message/delivery-status`, or RFC 6533's
 *   `message/global-delivery-status`), per recipient failed → 5.x.x hard, 4.x.x or delayed → soft;
 * - a complaint (ARF, RFC 5965 `message/feedback-report`) from a provider's feedback loop;
 * - a bounce in words only (Exim's "Mail delivery failed", Yahoo's "Sorry, we were unable to
 *   deliver"): from a mailer daemon, with the server's status code in its text;
 * - an unsubscribe by mail: sent to the bounce address's `+avregistrera-<tag>` form;
 * - an auto-reply (RFC 3834 `Auto-Submitted`, out-of-office) → ignored;
 * - anything else → unknown, left for a person.
 *
 * Nothing is acted on without a genuine return tag (lib/mail/returnPath.ts), from the envelope
 * address or from the original's quoted headers: a forged report, or one about mail we did not
 * send (a bounce of a bounce), is unknown. Pure: no database, so the fixtures test it alone.
 */
import mailsplit from '@zone-eu/mailsplit'

import { readReturnTag, RETURN_HEADER, returnTagsIn, unsubscribeTagOf, type ReturnTag } from '@/lib/mail/returnPath'

import { MAX_EVIDENCE_CHARS, MAX_REPORT_RECIPIENTS, MAX_RETURN_BYTES, type ReturnKind } from './model'
import { headerOf, mimeParts, textOf, type Part } from './parts'

export type Failure = {
  /** The recipient the report names (Final-Recipient, or the address the words name), if any. */
  address: string | null
  severity: 'hard' | 'soft'
  /** The enhanced status code (RFC 3463) or the SMTP reply code. */
  status: string | null
  diagnostic: string | null
  remoteMta: string | null
}

export type Classified = {
  kind: ReturnKind
  tag: ReturnTag | null
  failures: Failure[]
  /** ARF's Feedback-Type (abuse, fraud, …). */
  feedbackType: string | null
  /** The server that wrote the report (Reporting-MTA, or the sender's domain). */
  reportingMta: string | null
  /** The return's own Message-ID: the same report read twice is the same return. */
  reportId: string | null
  arrivedAt: Date | null
  /** Why it is what it is, in Swedish, for the staff view. */
  why: string
  /** The report's headers and readable parts, for a person to check (never the original's body). */
  evidence: string
}

const DELIVERY_STATUS = new Set(['message/delivery-status', 'message/global-delivery-status'])
const ENVELOPE_HEADERS = ['to', 'delivered-to', 'x-original-to', 'envelope-to', 'x-envelope-to', 'x-rcpt-to']
const DAEMON = /^(mailer-daemon|postmaster|mail-?daemon|mail delivery (sub)?system)|<(mailer-daemon|postmaster)@/i
const BOUNCE_SUBJECT = /undeliver|undelivered|delivery (status notification|has failed|failure)|mail delivery failed|failure notice|returned mail|delivery failure|kunde inte levereras|olevererbar|det gick inte att leverera|unzustellbar/i
const DELAY_WORDS = /delayed|still being retried|will (continue|keep) (to )?(try|retry)|försenad|temporarily deferred/i
const OUT_OF_OFFICE = /^(auto(matic)? ?(reply|response|svar)|autosvar|out of (the )?office|frånvaro|ej på plats|abwesenheit|i am away|semester)/i

/** Soft: the server may take it later, or the mailbox is full (5.2.2, which servers use for a full box they will not wait for). */
function severityOf(status: string | null, action: string, words: string): Failure['severity'] {
  if (action === 'delayed') return 'soft'
  if (status?.startsWith('5.2.2')) return 'soft'
  if (status?.startsWith('5') || status?.startsWith('2.')) return 'hard'
  if (status?.startsWith('4')) return 'soft'
  return DELAY_WORDS.test(words) ? 'soft' : 'hard'
}

/** `rfc822; anna@example.se` → anna@example.se. */
const typedValue = (value: string | null): string | null => {
  if (!value) return null
  const semi = value.indexOf(';')
  return (semi >= 0 ? value.slice(semi + 1) : value).trim().replace(/^<|>$/g, '') || null
}

const ENHANCED_CODE = /\b([245])\.(\d{1,3})\.(\d{1,3})\b/
const REPLY_CODE = /(?:^|\s)([45]\d\d)(?:[\s:-])/m

const statusIn = (text: string): string | null => ENHANCED_CODE.exec(text)?.[0] ?? REPLY_CODE.exec(text)?.[1] ?? null

/** A delivery-status body: its first block is about the message, each of the others one recipient (RFC 3464 §2.1). */
function deliveryStatus(body: string): { reportingMta: string | null; failures: Failure[] } {
  const blocks = body.replace(/\r\n/g, '\n').split(/\n[ \t]*\n/).filter((b) => b.trim() !== '')
  const fields = blocks.slice(0, MAX_REPORT_RECIPIENTS + 1).map((block) => new mailsplit.Headers(Buffer.from(`${block.trim()}\n`)))
  const first = fields[0]
  const reportingMta = first ? typedValue(headerOf(first, 'reporting-mta')) : null
  const failures: Failure[] = []
  for (const recipient of fields) {
    const action = (headerOf(recipient, 'action') ?? '').toLowerCase()
    const status = headerOf(recipient, 'status')
    if (!headerOf(recipient, 'final-recipient') && !action) continue
    // delivered, relayed, expanded: not a failure.
    if (action && action !== 'failed' && action !== 'delayed') continue
    if (!action && !status?.match(/^[45]/)) continue
    const diagnostic = typedValue(headerOf(recipient, 'diagnostic-code'))
    failures.push({
      address: typedValue(headerOf(recipient, 'final-recipient')) ?? typedValue(headerOf(recipient, 'original-recipient')),
      severity: severityOf(status, action, diagnostic ?? ''),
      status: status ? (ENHANCED_CODE.exec(status)?.[0] ?? status) : null,
      diagnostic,
      remoteMta: typedValue(headerOf(recipient, 'remote-mta')),
    })
  }
  return { reportingMta, failures }
}

/** A block of header fields written as text (a quoted original's headers, an ARF report's fields), up to its first empty line. */
const headerBlock = (text: string) => new mailsplit.Headers(Buffer.from(`${text.replace(/\r?\n\r?\n[\s\S]*$/, '').trim()}\n`))

/** The tag in a header block (the original's quoted headers): its return header. */
const tagInHeaders = (headers: InstanceType<typeof mailsplit.Headers> | null): ReturnTag | null => {
  const value = headerOf(headers, RETURN_HEADER)
  return value ? readReturnTag(value) : null
}

/** The original the return quotes: the first part inside a message/rfc822, or a text/rfc822-headers part. */
function originalHeaders(parts: Part[]): InstanceType<typeof mailsplit.Headers> | null {
  const embedded = parts.find((p) => p.embedded === 1)
  if (embedded) return embedded.headers
  const quoted = parts.find((p) => p.embedded === 0 && (p.contentType === 'text/rfc822-headers' || p.contentType === 'message/global-headers'))
  return quoted ? headerBlock(textOf(quoted)) : null
}

/** Whether the quoted original is itself a report or a daemon's message: then the return is not about our mail. */
function originalIsReturn(original: InstanceType<typeof mailsplit.Headers> | null): boolean {
  if (!original) return false
  const type = (headerOf(original, 'content-type') ?? '').toLowerCase()
  return type.startsWith('multipart/report') || DAEMON.test(headerOf(original, 'from') ?? '') || /^<\s*>$/.test(headerOf(original, 'return-path') ?? '')
}

function evidenceOf(parts: Part[], original: InstanceType<typeof mailsplit.Headers> | null): string {
  const root = parts[0]
  const top = ['from', 'to', 'subject', 'date', 'message-id', 'auto-submitted'].flatMap((name) => {
    const value = headerOf(root?.headers ?? null, name)
    return value ? [`${name}: ${value}`] : []
  })
  const readable = parts
    .filter((p) => p.embedded === 0 && !p.contentType.startsWith('multipart/') && (p.contentType.startsWith('text/') || p.contentType.startsWith('message/')) && p.contentType !== 'message/rfc822')
    .map((p) => `--- ${p.contentType}\n${textOf(p).slice(0, 6_000)}`)
  const quoted = original ? ['--- det ursprungliga meddelandets huvud', ...['from', 'to', 'subject', 'date', 'message-id', RETURN_HEADER.toLowerCase()].flatMap((n) => (headerOf(original, n) ? [`${n}: ${headerOf(original, n)}`] : []))] : []
  // PostgreSQL's text takes no NUL; a broken report may carry one.
  return [...top, '', ...readable, ...quoted].join('\n').replaceAll('\u0000', '').slice(0, MAX_EVIDENCE_CHARS)
}

const messageIdOf = (value: string | null): string | null => value?.replace(/^<|>$/g, '').trim().slice(0, 250) || null

/** Sorts one message as read from the returns mailbox or folder. */
export async function classifyReturn(source: Buffer): Promise<Classified> {
  const cut = source.length > MAX_RETURN_BYTES
  let parts: Part[]
  try {
    parts = await mimeParts(source.subarray(0, MAX_RETURN_BYTES))
  } catch (error) {
    const evidence = source.subarray(0, 4_000).toString('utf8').replaceAll('\u0000', '')
    return { kind: 'unknown', tag: null, failures: [], feedbackType: null, reportingMta: null, reportId: null, arrivedAt: null, why: `Meddelandet gick inte att läsa som e-post (${(error as Error).message}).`, evidence }
  }
  const root = parts[0]
  const top = (name: string) => headerOf(root?.headers ?? null, name)
  const original = originalHeaders(parts)
  const base = {
    feedbackType: null,
    reportingMta: null as string | null,
    reportId: messageIdOf(top('message-id')),
    arrivedAt: top('date') && !Number.isNaN(Date.parse(top('date') ?? '')) ? new Date(Date.parse(top('date') ?? '')) : null,
    evidence: `${cut ? `(Endast de första ${MAX_RETURN_BYTES / 1024 / 1024} MB lästes.)\n` : ''}${evidenceOf(parts, original)}`,
  }
  const envelope = ENVELOPE_HEADERS.flatMap((name) => root?.headers?.get(name) ?? [])
  const none = { tag: null, failures: [] as Failure[] }

  const unsubscribe = envelope.map((line) => line.match(/[^\s<>,:;"]+@[^\s<>,;"]+/g) ?? []).flat().map((address) => unsubscribeTagOf(address)).find(Boolean)
  if (unsubscribe) return { ...base, ...none, kind: 'unsubscribe', tag: unsubscribe, why: 'Avregistrering skickad till utskickets avregistreringsadress (List-Unsubscribe mailto).' }

  const reportPart = parts.find((p) => p.embedded === 0 && DELIVERY_STATUS.has(p.contentType))
  const feedbackPart = parts.find((p) => p.embedded === 0 && p.contentType === 'message/feedback-report')
  const texts = parts.filter((p) => p.embedded === 0 && p.contentType === 'text/plain').map(textOf).join('\n')
  const fromDaemon = DAEMON.test(top('from') ?? '') || /^<\s*>$/.test(top('return-path') ?? '')
  const textBounce = !reportPart && !feedbackPart && (fromDaemon || BOUNCE_SUBJECT.test(top('subject') ?? '')) && (BOUNCE_SUBJECT.test(top('subject') ?? '') || statusIn(texts) !== null)

  // The tag: the envelope's (VERP), else the original's header, else (a bounce in words) a header line quoted in its text.
  const quotedLine = new RegExp(`^${RETURN_HEADER}:\\s*(\\S+)`, 'im').exec(texts)?.[1]
  const tag = returnTagsIn(envelope.join('\n')).find((t) => t) ?? tagInHeaders(original) ?? (textBounce && quotedLine ? readReturnTag(quotedLine) : null)
  const bounceOfBounce = originalIsReturn(original)

  if (reportPart || feedbackPart || textBounce) {
    if (bounceOfBounce) return { ...base, ...none, kind: 'unknown', why: 'En rapport om ett meddelande som självt var en rapport (studs av en studs): inget av våra utskick.' }
    if (!tag) return { ...base, ...none, kind: 'unknown', why: 'Rapporten saknar en giltig returkod (eller har en förfalskad): den kan inte knytas till något utskick, så ingen adress ändras.' }
  }

  if (reportPart) {
    const { reportingMta, failures } = deliveryStatus(textOf(reportPart))
    if (failures.length === 0) return { ...base, ...none, kind: 'unknown', reportingMta, why: 'Leveransrapport utan misslyckade mottagare (till exempel ett leveransbesked).' }
    const hard = failures.some((f) => f.severity === 'hard')
    return { ...base, kind: hard ? 'hard' : 'soft', tag, failures, reportingMta, why: `Leveransrapport (RFC 3464) med ${failures.length} misslyckad${failures.length === 1 ? '' : 'e'} mottagare.` }
  }

  if (feedbackPart) {
    const fields = headerBlock(textOf(feedbackPart))
    const feedbackType = (headerOf(fields, 'feedback-type') ?? 'abuse').toLowerCase()
    const reportingMta = typedValue(headerOf(fields, 'reporting-mta')) ?? headerOf(fields, 'user-agent')
    if (feedbackType === 'not-spam') return { ...base, ...none, kind: 'unknown', feedbackType, reportingMta, why: 'Rapporten säger att meddelandet inte är skräppost.' }
    return { ...base, kind: 'complaint', tag, failures: [], feedbackType, reportingMta, why: `Klagomålsrapport (ARF, RFC 5965), typ ${feedbackType}.` }
  }

  if (textBounce) {
    const status = statusIn(texts)
    const failed = (root?.headers?.getDecoded('x-failed-recipients')[0]?.value ?? '').split(',')[0]?.trim() || null
    const failure: Failure = { address: failed, severity: severityOf(status, '', `${top('subject') ?? ''}\n${texts}`), status, diagnostic: texts.replace(/\s+/g, ' ').trim().slice(0, 500) || null, remoteMta: null }
    const reportingMta = (top('from') ?? '').split('@')[1]?.replace(/[>\s)].*$/, '') ?? null
    return { ...base, kind: failure.severity, tag, failures: [failure], reportingMta, why: 'Studs i löptext (utan RFC 3464-rapport), läst från avsändaren och statuskoden.' }
  }

  const autoSubmitted = (top('auto-submitted') ?? 'no').toLowerCase()
  if (autoSubmitted !== 'no' || top('x-autoreply') || top('x-autorespond') || /auto[_-]?reply/i.test(top('precedence') ?? '') || OUT_OF_OFFICE.test(top('subject') ?? '')) {
    return { ...base, failures: [], tag, kind: 'autoReply', why: 'Automatiskt svar (RFC 3834 eller frånvaromeddelande): ingen studs, ingenting ändras.' }
  }
  // A reader's own answer to the return path is tied to the send it answers, and left for a person.
  return { ...base, failures: [], tag, kind: 'unknown', why: 'Varken studs, klagomål, avregistrering eller autosvar: lämnat åt en person.' }
}
