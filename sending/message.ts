/**
 * One recipient's message, made from the send's e-mail (rendered once, when the send was queued):
 * the same bytes for everyone but the personal unsubscribe link in place of the placeholder, and
 * the headers bulk mail needs — List-Unsubscribe with RFC 8058's one-click POST (Gmail and Yahoo
 * require both of bulk senders), List-Id, a Message-ID of its own that stays the same if the
 * message is ever sent again, Reply-To the contact person.
 */
import type { SendMailOptions } from 'nodemailer'

import { returnPathOf, unsubscribeMailto } from '@/lib/mail/returnPath'

export type SendingEmail = { subject: string; html: string; text: string; placeholder: string }

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

/**
 * Quoted-printable, said rather than left to nodemailer to find out: it would read the whole
 * e-mail for every recipient to choose (half the runner's time at a thousand messages a second),
 * and for Swedish text it chooses this anyway — readable source, and what spam filters expect.
 */
const TEXT_ENCODING = 'quoted-printable'

const fill = (template: string, placeholder: string, value: string): string => template.split(placeholder).join(value)

export function deliveryMessageId(sending: number, delivery: number, domain: string): string {
  return `<utskick-${sending}-${delivery}@${domain}>`
}

export function testMessageId(sending: number, index: number, domain: string): string {
  return `<provutskick-${sending}-${index}@${domain}>`
}

export function personalMessage(
  email: SendingEmail,
  sender: SenderIdentity,
  recipient: { address: string; unsubscribeUrl: string; messageId: string; delivery: number; sending: number },
): SendMailOptions {
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
    html: fill(email.html, email.placeholder, recipient.unsubscribeUrl),
    text: fill(email.text, email.placeholder, recipient.unsubscribeUrl),
    messageId: recipient.messageId,
    textEncoding: TEXT_ENCODING,
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
export function testMessage(email: SendingEmail, sender: SenderIdentity, recipient: { address: string; unsubscribeInfoUrl: string; messageId: string; sending: number }): SendMailOptions {
  const back = returnPathOf({ kind: 't', id: recipient.sending }, recipient.address)
  return {
    from: sender.from,
    to: recipient.address,
    replyTo: sender.replyTo ?? undefined,
    subject: `[Provutskick] ${email.subject}`,
    html: fill(email.html, email.placeholder, recipient.unsubscribeInfoUrl),
    text: fill(email.text, email.placeholder, recipient.unsubscribeInfoUrl),
    messageId: recipient.messageId,
    textEncoding: TEXT_ENCODING,
    envelope: back.envelope,
    headers: back.headers,
  }
}
