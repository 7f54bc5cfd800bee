/**
 * The return path: what ties mail that comes back (a bounce, a complaint, an unsubscribe by mail)
 * to the message it answers, without guessing from addresses. Every message carries a signed tag
 * naming what it was — one delivery of a send, one test message, one reader's service mail:
 *
 * - in the envelope sender, VERP style (`studs+d123-1a2b3c4d5e6f7a8b@…`), when BOUNCE_ADDRESS is
 *   set: a bounce goes to the envelope sender, so the tag comes back in its To;
 * - in a header (RETURN_HEADER), always: a DSN quotes the original's headers (text/rfc822-headers),
 *   an ARF report the whole original, so the tag is found there too, behind a relay that rewrites
 *   the envelope and in the embedded inbox that has no envelope at all.
 *
 * The tag is lowercase hex and digits only: some mail systems change the case of a local part, and
 * a local part may hold at most 64 characters. The signature (HMAC-SHA-256 with a key of its own
 * from PAYLOAD_SECRET, 64 bits) means nobody can make a report that suppresses an address we did
 * not send to: a forged or altered tag reads as no tag.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

import { env } from '@/lib/env'

/** d: one delivery of a send (its row id); t: a test send (the send's id); s: service mail (the subscriber's id). */
export type ReturnTag = { kind: 'd' | 't' | 's'; id: number }

export const RETURN_HEADER = 'X-Nytt-Fran-Rus-Retur'

/** The local part's prefix of a mailed unsubscribe (the mailto: in List-Unsubscribe). */
export const UNSUBSCRIBE_PREFIX = 'avregistrera-'

const SIGNATURE_HEX = 16

const signatureOf = (body: string, secret: string): string =>
  createHmac('sha256', createHmac('sha256', secret).update('nytt-fran-rus:return-path').digest()).update(body).digest('hex').slice(0, SIGNATURE_HEX)

export function returnTag(tag: ReturnTag, secret = env.payloadSecret): string {
  const body = `${tag.kind}${tag.id}`
  return `${body}-${signatureOf(body, secret)}`
}

const TAG = /^([dts])([1-9]\d{0,11})-([0-9a-f]{16})$/

/** The tag a genuine token names, else null (any case; nothing else around it). */
export function readReturnTag(token: string, secret = env.payloadSecret): ReturnTag | null {
  const match = TAG.exec(token.trim().toLowerCase())
  if (!match) return null
  const [, kind, id, signature] = match
  const expected = Buffer.from(signatureOf(`${kind}${id}`, secret))
  const given = Buffer.from(signature ?? '')
  return given.length === expected.length && timingSafeEqual(given, expected) ? { kind: kind as ReturnTag['kind'], id: Number(id) } : null
}

const TOKEN_IN_TEXT = /[dts][1-9]\d{0,11}-[0-9a-f]{16}/gi

/** Every genuine tag written anywhere in a text (quoted headers, an envelope address), first first. */
export function returnTagsIn(text: string, secret = env.payloadSecret): ReturnTag[] {
  const seen = new Set<string>()
  const tags: ReturnTag[] = []
  for (const [token] of text.matchAll(TOKEN_IN_TEXT)) {
    const tag = readReturnTag(token, secret)
    const key = tag && `${tag.kind}${tag.id}`
    if (tag && key && !seen.has(key)) {
      seen.add(key)
      tags.push(tag)
    }
  }
  return tags
}

/** `local+suffix@domain` of the bounce address. */
const tagged = (bounceAddress: string, suffix: string): string => {
  const at = bounceAddress.lastIndexOf('@')
  return `${bounceAddress.slice(0, at)}+${suffix}${bounceAddress.slice(at)}`
}

/**
 * What a message needs to come back to us: the header always, the envelope sender when there is
 * a bounce address (nodemailer's `envelope`; `From` stays as it is).
 */
export function returnPathOf(tag: ReturnTag, to: string, bounceAddress = env.returns.bounceAddress): { headers: Record<string, string>; envelope?: { from: string; to: string } } {
  const token = returnTag(tag)
  return { headers: { [RETURN_HEADER]: token }, ...(bounceAddress ? { envelope: { from: tagged(bounceAddress, token), to } } : {}) }
}

/** The mailto: of a delivery's List-Unsubscribe, to the bounce address's own unsubscribe form; null without one. */
export function unsubscribeMailto(delivery: number, bounceAddress = env.returns.bounceAddress): string | null {
  return bounceAddress ? `mailto:${tagged(bounceAddress, `${UNSUBSCRIBE_PREFIX}${returnTag({ kind: 'd', id: delivery })}`)}?subject=Avregistrera` : null
}

/** The delivery a mailed unsubscribe names, from the address it was sent to, else null. */
export function unsubscribeTagOf(recipient: string, secret = env.payloadSecret): ReturnTag | null {
  const local = recipient.slice(0, recipient.lastIndexOf('@')).toLowerCase()
  const plus = local.indexOf(`+${UNSUBSCRIBE_PREFIX}`)
  if (plus < 0) return null
  const tag = readReturnTag(local.slice(plus + 1 + UNSUBSCRIBE_PREFIX.length), secret)
  return tag?.kind === 'd' ? tag : null
}
