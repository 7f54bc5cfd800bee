import { readMemo } from '@/lib/cache/memo'

import type { Reader } from '@/site/payload'

/**
 * A public read remembered under its tags (lib/cache/memo.ts) and reporting them to the page that
 * uses it; a draft-mode read (an editor previewing) is never remembered and never shared. The
 * tags name every collection the read shows, its populated relations included.
 */
export function cachedForPublic<Args extends unknown[], Result>(
  key: string,
  tags: string[],
  read: (reader: Reader, ...args: Args) => Promise<Result>,
): (reader: Reader, ...args: Args) => Promise<Result> {
  const remembered = readMemo.remember(key, tags, (...args: Args) => read({ draft: false, user: null }, ...args))
  return (reader, ...args) => (reader.draft ? read(reader, ...args) : remembered(...args))
}
