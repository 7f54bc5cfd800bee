/**
 * Applies what was kept while the database was away (subscribers/oneClick.ts): every ten seconds
 * while anything is kept, from this process, which holds the folder. Started when a request is
 * kept and, for what a stopped process left, when the server starts (instrumentation.ts).
 */
import { readdir } from 'node:fs/promises'

import { env } from '@/lib/env'
import { applyKeptOneClicks } from '@/subscribers/oneClick'

const EVERY_MS = 10_000
const KEY = Symbol.for('nytt-fran-rus.keptRequests')

async function tryOnce(): Promise<boolean> {
  const kept = (await readdir(env.spoolDir).catch(() => [] as string[])).some((name) => name.endsWith('.json'))
  if (!kept) return true
  try {
    // Loaded only when something is kept: the server's start does not load the Payload config for it.
    const { payloadClient } = await import('./payload')
    const applied = await applyKeptOneClicks(await payloadClient())
    if (applied > 0) console.info(`▸ Applied ${applied} one-click unsubscribe(s) kept while the database was away.`)
    return true
  } catch {
    return false
  }
}

export function applyKeptRequestsSoon(): void {
  const holder = globalThis as { [KEY]?: NodeJS.Timeout }
  if (holder[KEY]) return
  const timer = setInterval(() => {
    void tryOnce().then((done) => {
      if (!done) return
      clearInterval(timer)
      delete holder[KEY]
    })
  }, EVERY_MS)
  timer.unref()
  holder[KEY] = timer
}
