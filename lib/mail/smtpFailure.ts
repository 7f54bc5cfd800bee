/**
 * What a failed SMTP attempt means for the message. nodemailer reports the server's reply code
 * (responseCode) and the step it failed at (command); network trouble has a code and no reply.
 *
 * - `recipient`: the server refused this address for good (5xx at RCPT TO): retrying will not
 *   help and, counted over sends, the address bounces.
 * - `recipientLater`: the server will not take this address now (4xx at RCPT TO, greylisting, a
 *   full mailbox): try the address again later; the others go on.
 * - `temporary`: the server cannot be reached or will not take mail now (a refused or dropped
 *   connection, a timeout, 421, 4xx to the message): everything waits and is tried again later.
 * - `server`: a permanent refusal that is not about the address (a wrong password, 5xx to the
 *   message itself, and at RCPT TO a server that will not relay for us, wants us to log in, or
 *   refuses our sender by its policy): nothing is wrong with the recipients, so nothing is given up
 *   and nobody bounces; the send waits and the answer is shown to the editor, since someone has to
 *   look at the mail server. Read from the answer's enhanced status code (RFC 3463) and words.
 */
export type FailureKind = 'recipient' | 'recipientLater' | 'temporary' | 'server'

export type SmtpFailure = { kind: FailureKind; message: string }

type NodemailerError = { code?: string; responseCode?: number; command?: string; response?: string; message?: string }

/**
 * A refusal at RCPT TO that is about us, not about the address: relaying denied, log in first,
 * our sender refused by policy (SPF, DMARC, an address not allowed to send). 5.7.1 alone is also
 * used for "this recipient does not take your mail", so the words decide.
 */
const ABOUT_THE_SENDER = [
  /\brelay(ing)?\b.*\b(denied|not (permitted|allowed)|prohibited)|\b(unable|not permitted|not allowed|we do not) (to )?relay\b/i,
  /\bauthenticat(e|ion)\b.*\b(required|needed|first)\b|\b5\.7\.(0|8|9|11)\b/i,
  /\bsender\b.*\b(denied|rejected|not (permitted|allowed|authori[sz]ed))\b|\bnot authori[sz]ed to send\b|\b5\.7\.(23|24|25|26|27)\b|\b(spf|dmarc)\b/i,
]
const aboutTheSender = (text: string): boolean => ABOUT_THE_SENDER.some((rule) => rule.test(text))

export function smtpFailure(error: unknown): SmtpFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as NodemailerError
  const message = (e.response || e.message || String(error)).slice(0, 500)
  const code = e.responseCode
  const atRecipient = e.command === 'RCPT TO' || (e.code === 'EENVELOPE' && e.command !== 'MAIL FROM')
  if (code !== undefined && atRecipient && code >= 500 && aboutTheSender(message)) return { kind: 'server', message }
  if (code !== undefined && atRecipient) return { kind: code >= 500 ? 'recipient' : 'recipientLater', message }
  if (code !== undefined && code >= 500) return { kind: 'server', message }
  if (e.code === 'EAUTH') return { kind: 'server', message }
  return { kind: 'temporary', message }
}
