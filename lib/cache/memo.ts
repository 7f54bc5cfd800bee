/**
 * Remembered reads: the result of a public read kept in this process's memory under the tags it
 * touched, and given again while none of them has expired (lib/cache/expiryWatch.ts). Every call,
 * remembered or not, reports its tags to whoever is collecting them (a page). Bounded in entries
 * and bytes; the same read asked for twice at once is read once. In a process that does not watch
 * the expiry record (the job runner on its own, the CLI, tests) nothing is kept: every call reads.
 */
import { LRUCache } from 'lru-cache'

import { currentStamp, isFresh, type Stamp } from './expiryWatch'
import { collectingTags, reportTags } from './tagScope'

type Entry = { value: unknown; tags: string[]; stamp: Stamp }

export type MemoLimits = { entries: number; megabytes: number }

/** Roughly what a result weighs: its JSON (Sets as arrays). Measured once, when it is kept. */
function weigh(value: unknown): number {
  const json = JSON.stringify(value, (_key, v: unknown) => (v instanceof Set ? [...v] : v))
  return Math.max(1, json === undefined ? 1 : json.length)
}

export type Memo = {
  /**
   * A read remembered under `tags` and whatever its inner reads report, one entry per set of
   * arguments; the first argument (the Payload it reads through) is passed on but is no part of the key.
   */
  remember: <Context, Args extends unknown[], Result>(
    key: string,
    tags: readonly string[],
    read: (context: Context, ...args: Args) => Promise<Result>,
  ) => (context: Context, ...args: Args) => Promise<Result>
  clear: () => void
  size: () => { entries: number; bytes: number }
}

export function createMemo({ entries, megabytes }: MemoLimits): Memo {
  const kept = new LRUCache<string, Entry>({ max: entries, maxSize: megabytes * 1024 * 1024, sizeCalculation: (entry) => weigh(entry.value) })
  const inFlight = new Map<string, Promise<Entry>>()

  const readAndKeep = async (id: string, stamp: Stamp, declared: readonly string[], read: () => Promise<unknown>): Promise<Entry> => {
    const { value, tags } = await collectingTags(async () => {
      reportTags(declared)
      return read()
    })
    const entry = { value, tags, stamp }
    kept.set(id, entry)
    return entry
  }

  return {
    remember: (key, tags, read) =>
      async (context, ...args) => {
        const stamp = currentStamp()
        if (!stamp) {
          reportTags(tags)
          return read(context, ...args)
        }
        const id = `${key}\u0000${JSON.stringify(args)}`
        const found = kept.get(id)
        if (found && isFresh(found.stamp, found.tags)) {
          reportTags(found.tags)
          return found.value as Awaited<ReturnType<typeof read>>
        }
        // One read for everyone asking at once under the same knowledge.
        const flightId = `${id}\u0000${stamp.epoch}:${stamp.seen}`
        let flight = inFlight.get(flightId)
        if (!flight) {
          flight = readAndKeep(id, stamp, tags, () => read(context, ...args)).finally(() => inFlight.delete(flightId))
          inFlight.set(flightId, flight)
        }
        const entry = await flight
        reportTags(entry.tags)
        return entry.value as Awaited<ReturnType<typeof read>>
      },
    clear: () => kept.clear(),
    size: () => ({ entries: kept.size, bytes: kept.calculatedSize }),
  }
}

const KEY = Symbol.for('nytt-fran-rus.readMemo')

/** The process's remembered public reads (one per process, whichever bundle asks). */
export const readMemo: Memo = ((globalThis as { [KEY]?: Memo })[KEY] ??= createMemo({ entries: 5_000, megabytes: 48 }))
