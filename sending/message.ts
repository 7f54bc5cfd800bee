/**
 * One recipient's message, made from the send's e-mail (rendered once, when the send was queued;
 * encoded once, when its runner starts: lib/mail/encodedOnce.ts): the same bytes for everyone but
 * the personal unsubscribe link in place of the placeholder, and the headers bulk mail needs:
 * List-Unsubscribe with RFC 8058's one-click POST (Gmail and Yahoo require both of bulk senders),
 * List-Id, a Message-ID of its own that stays the same if the message is ever sent again, Reply-To
 * the contact person.
 */
import type { SendMailOptions } from 'nodemailer'

import { encodedOnce, type EncodedPart } from '@/lib/mail/encodedOnce'
import { returnPathOf, unsubscribeMailto } from '@/lib/mail/returnPath'

export type SendingEmail = { subject: string; html: string; text: string; placeholder: string }

/** A send's e-mail with its two parts encoded, waiting for each recipient's link. */
export type PreparedEmail = { subject: string; html: EncodedPart; text: EncodedPart }

export const prepareEmail = (email: SendingEmail): PreparedEmail => ({
  subject: email.subject,
  html: encodedOnce('text/html', email.html, email.placeholder),
  text: encodedOnce('text/plain', email.text, email.placeholder),
})

export type SenderIdentity = {
  /** The sender's display name (the newsletter's) and address (MAIL_FROM). */
  from: { name: string; address: string }
  replyTo: string | null
  /** RFC 2919's List-Id: the list's name and its id ("nyhetsbrev.nytt.rus.se"). */
  listId: { name: string; id: string }
  /** The domain of Message-IDs (the site's host). */
  domain: string
}

export const listIdFor = (newsletterName: string, siteUrl: string): SenderIdentity['listId'] => ({ name: newsletterName, id: `nyhetsbrev.${new URL(siteUrl).hostname}` })

export function deliveryMessageId(sending: number, delivery: number, domain: string): string {
  return `<utskick-${sending}-${delivery}@${domain}>`
}

export function testMessageId(sending: number, index: number, domain: string): string {
  return `<provutskick-${sending}-${index}@${domain}>`
}

/** One delivery's own values: what differs from one message of a send to the next. */
export type Recipient = { address: string; unsubscribeUrl: string; messageId: string; delivery: number; sending: number }

export function personalMessage(email: PreparedEmail, sender: SenderIdentity, recipient: Recipient): SendMailOptions {
  // An unsubscribe by mail goes to the bounce address's own form, read by a job (returns/) at once;
  // without one, to the contact person, who does it by hand.
  const toUs = unsubscribeMailto(recipient.delivery)
  const mailto = toUs ? [toUs] : sender.replyTo ? [`mailto:${sender.replyTo}?subject=${encodeURIComponent(`Avregistrera ${recipient.address}`)}`] : []
  const back = returnPathOf({ kind: 'd', id: recipient.delivery }, recipient.address)
  return {
    from: sender.from,
    to: recipient.address,
    replyTo: sender.replyTo ?? undefined,
    subject: email.subject,
    html: email.html(recipient.unsubscribeUrl),
    text: email.text(recipient.unsubscribeUrl),
    messageId: recipient.messageId,
    // nodemailer writes List-Id and List-Unsubscribe itself (angle brackets, the name encoded as
    // a word where it is not ASCII, the id left as it is). The link and the mailto go in one
    // header (RFC 2369; Gmail and Yahoo read one): nodemailer makes one header per element of
    // the outer array, and joins the elements of an inner one.
    list: { id: { url: sender.listId.id, comment: sender.listId.name }, unsubscribe: [[recipient.unsubscribeUrl, ...mailto]] },
    envelope: back.envelope,
    headers: {
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      // Gmail's feedback loop counts complaints per send: campaign, mail type, sender; nothing personal.
      'Feedback-ID': `${recipient.sending}:nyhetsbrev:${sender.listId.id}`,
      ...back.headers,
    },
  }
}

/** A test send: marked in the subject, the non-personal unsubscribe page, no list headers. */
export function testMessage(email: PreparedEmail, sender: SenderIdentity, recipient: { address: string; unsubscribeInfoUrl: string; messageId: string; sending: number }): SendMailOptions {
  const back = returnPathOf({ kind: 't', id: recipient.sending }, recipient.address)
  return {
    from: sender.from,
    to: recipient.address,
    replyTo: sender.replyTo ?? undefined,
    subject: `[Provutskick] ${email.subject}`,
    html: email.html(recipient.unsubscribeInfoUrl),
    text: email.text(recipient.unsubscribeInfoUrl),
    messageId: recipient.messageId,
    envelope: back.envelope,
    headers: back.headers,
  }
}
