/**
 * What a failed SMTP attempt means for the message. nodemailer reports the server's reply code
 * (responseCode) and the step it failed at (command); network trouble has a code and no reply.
 *
 * - `recipient`: the server refused this address for good (5xx at RCPT TO): retrying will not
 *   help and, counted over sends, the address bounces.
 * - `temporary`: 4xx, a refused or dropped connection, a timeout: try again later.
 * - `server`: a permanent refusal that is not about the address (wrong password, a 5xx to the
 *   message itself): nothing is wrong with the recipient, so it is retried too, and an operator
 *   has to look — the answer is kept where the editor sees it.
 */
export type FailureKind = 'recipient' | 'temporary' | 'server'

export type SmtpFailure = { kind: FailureKind; message: string }

type NodemailerError = { code?: string; responseCode?: number; command?: string; response?: string; message?: string }

export function smtpFailure(error: unknown): SmtpFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as NodemailerError
  const message = (e.response || e.message || String(error)).slice(0, 500)
  const code = e.responseCode
  if (code !== undefined && code >= 500 && (e.command === 'RCPT TO' || e.code === 'EENVELOPE')) return { kind: 'recipient', message }
  if (code !== undefined && code >= 500) return { kind: 'server', message }
  if (e.code === 'EAUTH') return { kind: 'server', message }
  return { kind: 'temporary', message }
}
