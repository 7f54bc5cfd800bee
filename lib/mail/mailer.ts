/**
 * Every message the product sends goes through one mailer: nodemailer over SMTP_URL, or, when
 * that is not set, an outbox folder of .eml files (one per message, as a mail server would have
 * received it), so a fresh `npm start` shows the whole flow without a mail server and never sends
 * anything to a made-up network account.
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer'

import { env } from '@/lib/env'
import { DEFAULT_SMTP_CONNECTIONS, type Dkim, type MailFrom } from '@/lib/envRules'

export type SentMail = { messageId: string; accepted: string[] }

export type Mailer = {
  mode: 'smtp' | 'outbox'
  /** What it was made with: another thread makes a mailer of its own from it (sending/senders.ts). */
  settings: MailerSettings
  /** Where mail goes, for logs and the admin: the SMTP host (never its password) or the folder. */
  where: string
  from: MailFrom
  send(message: SendMailOptions): Promise<SentMail>
  /** Removes what this mailer kept of mail to the address (the outbox's files); how many. */
  forget(address: string): Promise<number>
  close(): void
}

export type MailerSettings = { smtpUrl: string | null; outboxDir: string; from: MailFrom; dkim?: Dkim | null; requireTls?: boolean; connections?: number }

/**
 * Timeouts short enough that a sign-up page answers within seconds when the mail server hangs
 * (nodemailer waits two minutes for a connection by default); a pool so a send reuses connections.
 */
function smtpOptions(smtpUrl: string, requireTls: boolean, connections: number) {
  const url = new URL(smtpUrl)
  const secure = url.protocol === 'smtps:'
  return {
    // With SMTP_REQUIRE_TLS a server that does not offer STARTTLS is refused, not sent to in the clear.
    requireTLS: requireTls && !secure,
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    pool: true,
    maxConnections: connections,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as const
}

const withoutPassword = (smtpUrl: string): string => {
  const url = new URL(smtpUrl)
  return `${url.protocol}//${url.host}`
}

/**
 * An outbox file's name carries a hash of each recipient, so the files of an address that is
 * deleted can be found and removed without reading any (the address itself is not in the name).
 */
const recipientTag = (address: string): string => createHash('sha256').update(address.trim().toLowerCase()).digest('hex').slice(0, 16)

const asAddresses = (list: unknown): string[] =>
  Array.isArray(list) ? list.map((entry) => (typeof entry === 'string' ? entry : String((entry as { address?: string }).address ?? ''))) : []

export function createMailer({ smtpUrl, outboxDir, from, dkim = null, requireTls = false, connections = DEFAULT_SMTP_CONNECTIONS }: MailerSettings): Mailer {
  const settings = { smtpUrl, outboxDir, from, dkim, requireTls, connections }
  const defaults = { from: { name: from.name, address: from.address } }
  // Signed as the mail server will pass them on, in the outbox too (so the signature can be checked there).
  const signing = dkim ? { dkim } : {}
  if (smtpUrl) {
    const transport: Transporter = nodemailer.createTransport({ ...smtpOptions(smtpUrl, requireTls, connections), ...signing }, defaults)
    return {
      mode: 'smtp',
      settings,
      where: withoutPassword(smtpUrl),
      from,
      async send(message) {
        const info = await transport.sendMail(message)
        return { messageId: String(info.messageId), accepted: asAddresses(info.accepted) }
      },
      // A mail server keeps nothing of ours to remove.
      forget: async () => 0,
      close: () => transport.close(),
    }
  }
  // CRLF, as on the wire: the files open in any mail program.
  const transport: Transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows', ...signing }, defaults)
  return {
    mode: 'outbox',
    settings,
    where: outboxDir,
    from,
    async send(message) {
      const info = await transport.sendMail(message)
      await mkdir(outboxDir, { recursive: true, mode: 0o700 })
      const stamp = new Date().toISOString().replace(/[:.]/g, '-')
      const tags = info.envelope.to.slice(0, 5).map(recipientTag).join('-')
      // Readable by the server's user only: the messages carry people's addresses.
      await writeFile(path.join(outboxDir, `${stamp}-${tags}-${randomBytes(4).toString('hex')}.eml`), info.message as Buffer, { mode: 0o600 })
      return { messageId: String(info.messageId), accepted: info.envelope.to }
    },
    async forget(address) {
      const tag = `-${recipientTag(address)}-`
      const files = (await readdir(outboxDir).catch(() => [] as string[])).filter((name) => name.endsWith('.eml') && name.includes(tag))
      for (const name of files) await rm(path.join(outboxDir, name), { force: true })
      return files.length
    },
    close: () => transport.close(),
  }
}

const KEY = Symbol.for('nytt-fran-rus.mailer')

/** The app's mailer: one per process (and one connection pool), whichever bundle asks for it. */
export function mailer(): Mailer {
  const holder = globalThis as { [KEY]?: Mailer }
  holder[KEY] ??= createMailer({ smtpUrl: env.smtpUrl, outboxDir: env.outboxDir, from: env.mailFrom, dkim: env.dkim, requireTls: env.smtpRequireTls, connections: env.smtpConnections })
  return holder[KEY]
}

/**
 * Points this process's mail at another server than SMTP_URL; returns the mailer it replaces.
 * For the integration tests, which start SMTP servers of their own to take away and bring back.
 */
export function replaceMailer(next: Mailer): Mailer {
  const holder = globalThis as { [KEY]?: Mailer }
  const previous = mailer()
  holder[KEY] = next
  return previous
}
