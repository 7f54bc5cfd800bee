/**
 * RFC 8058's one-click unsubscribe, POSTed by the reader's mail client — once: mail clients do not
 * try again. So while the database is away the request is kept on disk (lib/spool.ts) and answered
 * 202, and applied when the database is back (applyKeptOneClicks); a link that is not genuine is
 * never kept.
 */
import type { Payload } from 'payload'

import { isDatabaseUnavailable } from '@/lib/database/unavailable'
import { env } from '@/lib/env'
import { drainSpool, spool } from '@/lib/spool'

import { unsubscribeKeyOf } from './tokens'
import { holderOf, unsubscribe } from './unsubscribe'

const KIND = 'one-click'

export type OneClickOutcome = 'done' | 'kept' | 'invalid' | 'gone'

async function apply(payload: Payload, token: string): Promise<'done' | 'invalid' | 'gone'> {
  const holder = await holderOf(payload, token)
  if (typeof holder === 'string') return holder
  await unsubscribe(payload, holder, 'oneClick')
  return 'done'
}

export async function oneClickUnsubscribe(payload: Payload, token: string): Promise<OneClickOutcome> {
  if (!unsubscribeKeyOf(token)) return 'invalid'
  try {
    return await apply(payload, token)
  } catch (error) {
    if (isDatabaseUnavailable(error) && (await spool(env.spoolDir, KIND, token, { token, at: new Date().toISOString() }))) return 'kept'
    throw error
  }
}

/** Applies the one-clicks kept while the database was away; how many. Throws while it still is. */
export async function applyKeptOneClicks(payload: Payload): Promise<number> {
  return drainSpool(env.spoolDir, KIND, async (data) => {
    const { token } = data as { token?: unknown }
    if (typeof token === 'string') await apply(payload, token)
  })
}
