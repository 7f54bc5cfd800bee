/**
 * The clicks of this process, in memory (statistics/clicks.ts writes them): the process's, not a
 * module's (globalThis), so server.ts answers links it has seen before Next is asked, from the same
 * memory the route fills (statistics/frontDoor.ts). Nothing here reaches the database.
 */
import { LRUCache } from 'lru-cache'

import { stockholmDay } from '@/lib/dates'

import { burstWatch, isAutomaticAgent } from './automatic'

export type Clicks = {
  /** Where each link leads, as far as this process has asked ('' for a link that does not exist). */
  targets: LRUCache<string, string>
  /** Counts not yet written: `${sending}:${n}:${day}:${automatic ? 1 : 0}` → clicks (a burst moves some, so they may be negative). */
  pending: Map<string, number>
  burst: ReturnType<typeof burstWatch>
  flush: (() => Promise<void>) | null
}

const KEY = Symbol.for('nytt-fran-rus.clicks')

export function clickState(): Clicks {
  const holder = globalThis as { [KEY]?: Clicks }
  holder[KEY] ??= { targets: new LRUCache({ max: 50_000 }), pending: new Map(), burst: burstWatch(), flush: null }
  return holder[KEY]
}

const add = (state: Clicks, link: string, day: string, automatic: boolean, by: number) => {
  const key = `${link}:${day}:${automatic ? 1 : 0}`
  state.pending.set(key, (state.pending.get(key) ?? 0) + by)
}

export type Click = { sending: number; n: number; method: string; userAgent: string | null; client: string }

/** Counts a click of a link that exists (the caller knows it does). */
export function countClick(state: Clicks, click: Click, at = new Date()): void {
  const link = `${click.sending}:${click.n}`
  // The day in Sweden, which is the day an editor means.
  const day = stockholmDay(at)
  if (isAutomaticAgent(click.method, click.userAgent)) return add(state, link, day, true, 1)
  const { burst, earlier } = state.burst.seen(`${click.client}|${click.sending}`, link)
  for (const before of earlier) {
    add(state, before, day, false, -1)
    add(state, before, day, true, 1)
  }
  add(state, link, day, burst, 1)
}

/** A link as this process knows it: its address, '' when it does not exist, undefined when not yet asked. */
export const knownTarget = (state: Clicks, sending: number, n: number): string | undefined => state.targets.get(`${sending}:${n}`)
