/**
 * A body part that is the same for every recipient but one value (the personal unsubscribe
 * link), quoted-printable encoded once per send instead of once per message. Encoding a
 * newsletter's HTML took nodemailer about a millisecond a message, half the runner's time; here
 * each recipient costs the encoding of their link.
 *
 * The template is cut at the placeholder and each piece encoded on its own with nodemailer's
 * encoder (lib/qp); the pieces and the encoded value are joined with soft line breaks ("=" at a
 * line's end, RFC 2045 6.7), which a reader's mail program removes: the decoded text is exactly
 * the template with the value in place, and no line is longer than 76 characters. The part's
 * headers are nodemailer's own (a MIME node's), and the result is handed to nodemailer as the
 * part's pregenerated `raw` content: nodemailer still writes the message around it.
 */
import MimeNode from 'nodemailer/lib/mime-node'
import { encode, wrap } from 'nodemailer/lib/qp'

const LINE = 76
const SOFT_BREAK = '=\r\n'

const quotedPrintable = (text: string): string => wrap(encode(text), LINE)

/** The part's header block (Content-Type with its charset, Content-Transfer-Encoding), as nodemailer writes it for a part. */
function partHeaders(contentType: string): string {
  const part = new MimeNode('multipart/alternative').createChild(contentType)
  part.setHeader('Content-Transfer-Encoding', 'quoted-printable')
  return part.buildHeaders()
}

export type EncodedPart = (value: string) => { raw: string }

/** `template` as a text part of `contentType` ("text/html"), encoded once; call it with each recipient's value for `placeholder`. */
export function encodedOnce(contentType: 'text/html' | 'text/plain', template: string, placeholder: string): EncodedPart {
  const head = `${partHeaders(`${contentType}; charset=utf-8`)}\r\n\r\n`
  const pieces = template.split(placeholder).map(quotedPrintable)
  return (value) => {
    const between = `${SOFT_BREAK}${quotedPrintable(value)}${SOFT_BREAK}`
    return { raw: head + pieces.join(between) }
  }
}
