import type { Payload } from 'payload'

import { readMemo } from '@/lib/cache/memo'

import { PUBLIC_READER, type Reader } from './reader'

/**
 * A public read remembered under its tags (lib/cache/memo.ts) and reporting them to the page that
 * uses it; a draft-mode read (an editor previewing) is never remembered and never shared. The
 * tags name every collection the read shows, its populated relations included. Reads take the
 * Payload they read through; only the readers' page kit (site/) holds the process's own.
 */
export function cachedForPublic<Args extends unknown[], Result>(
  key: string,
  tags: string[],
  read: (payload: Payload, reader: Reader, ...args: Args) => Promise<Result>,
): (payload: Payload, reader: Reader, ...args: Args) => Promise<Result> {
  const remembered = readMemo.remember(key, tags, (payload: Payload, ...args: Args) => read(payload, PUBLIC_READER, ...args))
  return (payload, reader, ...args) => (reader.draft ? read(payload, reader, ...args) : remembered(payload, ...args))
}
