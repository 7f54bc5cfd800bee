/**
 * RFC 8058's one-click unsubscribe, POSTed by the reader's mail client — once: mail clients do not
 * try again. So while the database is away the request is kept on disk (lib/spool.ts) and answered
 * 202, and applied when the database is back (applyKeptOneClicks); a link that is not genuine is
 * never kept.
 */
import type { Payload } from 'payload'

import { isDatabaseUnavailable } from '@/lib/database/unavailable'
import { env } from '@/lib/env'
import { readReturnTag } from '@/lib/mail/returnPath'
import { drainSpool, spool } from '@/lib/spool'
import { countSendUnsubscribe } from '@/statistics/sendUnsubscribes'

import { unsubscribeKeyOf } from './tokens'
import { holderOf, unsubscribe, unsubscribeFromLists } from './unsubscribe'

const KIND = 'one-click'

export type OneClickOutcome = 'done' | 'kept' | 'invalid' | 'gone'

/**
 * The lists of the send a message's link came from (its `utskick` tag, lib/mail/returnPath.ts), if
 * the tag is genuine and that delivery was to this subscriber; else null (a link from before the
 * tag, or from a test send): then every list, as the link always did.
 */
async function sendListsOf(payload: Payload, sendTag: string | null | undefined, subscriber: number): Promise<{ sending: number; lists: number[] } | null> {
  const tag = sendTag ? readReturnTag(sendTag) : null
  if (tag?.kind !== 'd') return null
  const delivery = await payload.findByID({ collection: 'deliveries', id: tag.id, depth: 0, overrideAccess: true, disableErrors: true })
  const owner = typeof delivery?.subscriber === 'object' ? delivery?.subscriber?.id : delivery?.subscriber
  if (!delivery || owner !== subscriber) return null
  const sending = await payload.findByID({ collection: 'sendings', id: typeof delivery.sending === 'object' ? delivery.sending.id : delivery.sending, depth: 0, overrideAccess: true, disableErrors: true })
  const lists = (sending?.lists ?? []).map((l) => (typeof l === 'object' ? l.id : l))
  return sending && lists.length > 0 ? { sending: sending.id, lists } : null
}

async function apply(payload: Payload, token: string, sendTag?: string | null): Promise<'done' | 'invalid' | 'gone'> {
  const holder = await holderOf(payload, token)
  if (typeof holder === 'string') return holder
  const send = await sendListsOf(payload, sendTag, holder.id)
  if (!send) await unsubscribe(payload, holder, 'oneClick')
  // Counted for the send whose message it came from (its statistics), when it changed anything.
  else if ((await unsubscribeFromLists(payload, holder, send.lists)).length > 0) await countSendUnsubscribe(payload, send.sending)
  return 'done'
}

export async function oneClickUnsubscribe(payload: Payload, token: string, sendTag?: string | null): Promise<OneClickOutcome> {
  if (!unsubscribeKeyOf(token)) return 'invalid'
  try {
    return await apply(payload, token, sendTag)
  } catch (error) {
    if (isDatabaseUnavailable(error) && (await spool(env.spoolDir, KIND, token, { token, sendTag: sendTag ?? null, at: new Date().toISOString() }))) return 'kept'
    throw error
  }
}

/** Applies the one-clicks kept while the database was away; how many. Throws while it still is. */
export async function applyKeptOneClicks(payload: Payload): Promise<number> {
  return drainSpool(env.spoolDir, KIND, async (data) => {
    const { token, sendTag } = data as { token?: unknown; sendTag?: unknown }
    if (typeof token === 'string') await apply(payload, token, typeof sendTag === 'string' ? sendTag : null)
  })
}
