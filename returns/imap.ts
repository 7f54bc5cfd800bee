/**
 * The returns mailbox over IMAP (BOUNCE_IMAP_URL; imapflow): the folder's messages read oldest
 * first, each taken in (take.ts) and then moved to `Behandlat` or `Ej tolkat`, created when
 * missing. Nothing is deleted, and nothing is moved before its return is kept: a reader stopped
 * half-way reads the rest next time, and what it had kept already is found by its report's id.
 */
import { ImapFlow } from 'imapflow'
import type { Payload } from 'payload'

import type { ImapSettings } from '@/lib/envRules'

import { MAX_RETURN_BYTES, PROCESSED_FOLDER, UNREAD_FOLDER } from './model'
import type { ReadResult } from './read'
import { takeReturn } from './take'

/** A mailbox that cannot be read now: why, in Swedish, for the admin. */
export class MailboxUnavailable extends Error {
  constructor(message: string, readonly cause?: unknown) {
    super(message)
    this.name = 'MailboxUnavailable'
  }
}

const MOVE_EVERY = 50

function clientFor(settings: ImapSettings, tlsOptions?: { rejectUnauthorized?: boolean }): ImapFlow {
  return new ImapFlow({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: settings.accessToken ? { user: settings.user, accessToken: settings.accessToken } : { user: settings.user, pass: settings.password ?? '' },
    logger: false,
    connectionTimeout: 15_000,
    greetingTimeout: 10_000,
    disableAutoIdle: true,
    ...(tlsOptions ? { tls: tlsOptions } : {}),
  })
}

function whyNot(error: unknown, settings: ImapSettings): string {
  const e = error as { code?: string; authenticationFailed?: boolean; responseText?: string; message?: string }
  if (e.authenticationFailed || e.code === 'AUTHENTICATIONFAILED') return `Inloggningen till returbrevlådan ${settings.user}@${settings.host} nekades: kontrollera användare och lösenord (eller åtkomsttoken).`
  if (e.code === 'ECONNREFUSED' || e.code === 'ENOTFOUND' || e.code === 'ETIMEDOUT' || e.code === 'CONNECT_TIMEOUT' || e.code === 'EHOSTUNREACH') {
    return `Returbrevlådan ${settings.host}:${settings.port} svarar inte (${e.code}). Den läses igen om en minut.`
  }
  return `Returbrevlådan ${settings.host} kunde inte läsas: ${e.responseText ?? e.message ?? String(error)}`
}

async function ensureFolder(client: ImapFlow, name: string): Promise<void> {
  const folders = await client.list()
  if (!folders.some((f) => f.path === name)) await client.mailboxCreate(name)
}

export async function readImapMailbox(payload: Payload, settings: ImapSettings, limit: number, tlsOptions?: { rejectUnauthorized?: boolean }): Promise<ReadResult> {
  const client = clientFor(settings, tlsOptions)
  // A dropped connection is reported by the call that was waiting on it; this only keeps it from being thrown elsewhere.
  client.on('error', () => undefined)
  try {
    await client.connect()
  } catch (error) {
    throw new MailboxUnavailable(whyNot(error, settings), error)
  }
  const result: ReadResult = { read: 0, understood: 0, unknown: 0, duplicates: 0, left: 0 }
  try {
    await ensureFolder(client, PROCESSED_FOLDER)
    await ensureFolder(client, UNREAD_FOLDER)
    const lock = await client.getMailboxLock(settings.folder)
    try {
      const uids = ((await client.search({ all: true }, { uid: true })) || []).sort((a, b) => a - b)
      result.left = Math.max(0, uids.length - limit)
      const moves: Record<string, number[]> = { [PROCESSED_FOLDER]: [], [UNREAD_FOLDER]: [] }
      const flush = async () => {
        for (const [folder, list] of Object.entries(moves)) {
          if (list.length > 0) await client.messageMove(list.splice(0), folder, { uid: true })
        }
      }
      for (const uid of uids.slice(0, limit)) {
        const message = await client.fetchOne(String(uid), { uid: true, source: { maxLength: MAX_RETURN_BYTES + 1 } }, { uid: true })
        if (!message || !message.source) continue
        const taken = await takeReturn(payload, 'imap', message.source)
        moves[taken.kind === 'unknown' ? UNREAD_FOLDER : PROCESSED_FOLDER]?.push(uid)
        result.read += 1
        if (taken.duplicate) result.duplicates += 1
        if (taken.kind === 'unknown') result.unknown += 1
        else result.understood += 1
        if (result.read % MOVE_EVERY === 0) await flush()
      }
      await flush()
    } finally {
      lock.release()
    }
  } catch (error) {
    if (error instanceof MailboxUnavailable) throw error
    const e = error as { code?: string }
    if (e.code === 'NoConnection' || e.code === 'EConnectionClosed' || e.code === 'ECONNRESET') throw new MailboxUnavailable(whyNot(error, settings), error)
    throw error
  } finally {
    await client.logout().catch(() => client.close())
  }
  return result
}
