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
 *   message itself): nothing is wrong with the recipients, so nothing is given up; the send waits
 *   and the answer is shown to the editor, since someone has to look at the mail server.
 */
export type FailureKind = 'recipient' | 'recipientLater' | 'temporary' | 'server'

export type SmtpFailure = { kind: FailureKind; message: string }

type NodemailerError = { code?: string; responseCode?: number; command?: string; response?: string; message?: string }

export function smtpFailure(error: unknown): SmtpFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as NodemailerError
  const message = (e.response || e.message || String(error)).slice(0, 500)
  const code = e.responseCode
  const atRecipient = e.command === 'RCPT TO' || (e.code === 'EENVELOPE' && e.command !== 'MAIL FROM')
  if (code !== undefined && atRecipient) return { kind: code >= 500 ? 'recipient' : 'recipientLater', message }
  if (code !== undefined && code >= 500) return { kind: 'server', message }
  if (e.code === 'EAUTH') return { kind: 'server', message }
  return { kind: 'temporary', message }
}
