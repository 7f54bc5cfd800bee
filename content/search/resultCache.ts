/**
 * Remembered search results: a common word searched by many readers (or by one in a loop) costs
 * the database once, not every time. Kept like every public read (lib/cache/memo.ts) — under the
 * tags of what search shows, so a publish anywhere shows in search at once on every server, and a
 * search under way across a publish is not remembered — but in a memory of its own, so strangers'
 * searches, bounded at 500 entries, never push pages' reads out.
 */
import { createMemo, type Memo } from '@/lib/cache/memo'
import { cacheTags } from '@/lib/cacheTags'

/** What a search can find: published articles, events, reference groups and issues. */
export const SEARCHED_TAGS = (['articles', 'events', 'reference-groups', 'issues'] as const).map(cacheTags.collection)

const KEY = Symbol.for('nytt-fran-rus.searchMemo')
export const searchMemo: Memo = ((globalThis as { [KEY]?: Memo })[KEY] ??= createMemo({ entries: 500, megabytes: 8 }))
