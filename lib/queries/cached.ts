import { unstable_cache } from 'next/cache'

import type { Reader } from './payload'

/**
 * Caches a public read under its tags; a draft-mode read (an editor previewing) is never cached
 * and never shared. The key includes the arguments, so each slug has its own entry. Outside the
 * Next.js server (the job runner, `npm run jobs`, rendering a confirmation mail) there is no data
 * cache and Next would throw: the read goes to the database, as `expire` skips expiring there.
 */
export function cachedForPublic<Args extends unknown[], Result>(
  key: string,
  tags: string[],
  read: (reader: Reader, ...args: Args) => Promise<Result>,
  /** Seconds after which the result is read again even if no tag expired (it depends on the time). */
  revalidate?: number,
): (reader: Reader, ...args: Args) => Promise<Result> {
  const cached = unstable_cache((...args: Args) => read({ draft: false, user: null }, ...args), [key], { tags, revalidate })
  return (reader, ...args) => (reader.draft || !process.env.NEXT_RUNTIME ? read(reader, ...args) : cached(...args))
}
