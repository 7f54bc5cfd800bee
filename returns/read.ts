/**
 * The job's work, every minute (jobs/readReturns.ts): the returns mailbox (BOUNCE_IMAP_URL), or,
 * without one, the inbox folder (INBOX_DIR), read up to RETURNS_PER_RUN messages. How the last
 * read went is kept (`return_reader_state`) so the admin can say when the mailbox is away.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { env } from '@/lib/env'
import type { ReturnSettings } from '@/lib/envRules'

import { MailboxUnavailable, readImapMailbox } from './imap'
import { readInboxFolder } from './inbox'
import { RETURNS_PER_RUN } from './model'

export type ReadResult = { read: number; understood: number; unknown: number; duplicates: number; left: number }

export type ReaderState = { checkedAt: string | null; okAt: string | null; problem: string | null; where: string }

const whereOf = (settings: Pick<ReturnSettings, 'imap' | 'inboxDir'>): string => (settings.imap ? `${settings.imap.user}@${settings.imap.host}/${settings.imap.folder}` : settings.inboxDir)

async function remember(payload: Payload, where: string, problem: string | null): Promise<void> {
  await payload.db.drizzle.execute(sql`
    INSERT INTO return_reader_state (id, checked_at, ok_at, problem, place) VALUES (1, now(), ${problem === null ? sql`now()` : sql`NULL`}, ${problem}, ${where})
    ON CONFLICT (id) DO UPDATE SET checked_at = now(), ok_at = coalesce(${problem === null ? sql`now()` : sql`NULL`}, return_reader_state.ok_at), problem = ${problem}, place = ${where}`)
}

/** The last read: when, whether it worked, and where it looked. */
export async function readerState(payload: Payload): Promise<ReaderState> {
  const { rows } = await payload.db.drizzle.execute(sql`SELECT checked_at, ok_at, problem, place FROM return_reader_state WHERE id = 1`)
  const row = rows[0] as { checked_at: Date | string | null; ok_at: Date | string | null; problem: string | null; place: string } | undefined
  const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null)
  return { checkedAt: iso(row?.checked_at), okAt: iso(row?.ok_at), problem: row?.problem ?? null, where: row?.place ?? whereOf(env.returns) }
}

export async function readReturns(payload: Payload, settings: Pick<ReturnSettings, 'imap' | 'inboxDir'> = env.returns, options: { limit?: number; tls?: { rejectUnauthorized?: boolean } } = {}): Promise<ReadResult> {
  const limit = options.limit ?? RETURNS_PER_RUN
  const where = whereOf(settings)
  try {
    const result = settings.imap ? await readImapMailbox(payload, settings.imap, limit, options.tls) : await readInboxFolder(payload, settings.inboxDir, limit)
    await remember(payload, where, null)
    if (result.read > 0) payload.logger.info({ msg: 'Read returns', where, ...result })
    return result
  } catch (error) {
    if (!(error instanceof MailboxUnavailable)) throw error
    await remember(payload, where, error.message)
    payload.logger.warn({ msg: 'Returns mailbox unavailable', where, problem: error.message })
    return { read: 0, understood: 0, unknown: 0, duplicates: 0, left: 0 }
  }
}
