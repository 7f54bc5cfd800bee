/**
 * The last few hundred search results, for a minute: a common word searched by many readers (or
 * by one in a loop) costs the database once, not every time. Bounded in memory whatever is typed;
 * emptied whenever published content changes (lib/revalidation/expire.ts), so a publish shows in
 * search at once on this server and within a minute on any other.
 */
const MAX_ENTRIES = 500
const TTL_MS = 60_000

type Entry<T> = { at: number; value: T }
type Store = { results: Map<string, Entry<unknown>>; generation: number }

const store = (): Store => {
  const key = Symbol.for('nytt-fran-rus.search-results')
  const holder = globalThis as { [key: symbol]: Store | undefined }
  holder[key] ??= { results: new Map(), generation: 0 }
  return holder[key]
}

export async function rememberedSearch<T>(key: string, run: () => Promise<T>, now = Date.now()): Promise<T> {
  const held = store()
  const { results } = held
  const hit = results.get(key)
  if (hit && now - hit.at < TTL_MS) return hit.value as T
  // A search that was under way when content changed answers its reader but is not remembered.
  const generation = held.generation
  const value = await run()
  if (generation !== held.generation) return value
  results.delete(key)
  results.set(key, { at: now, value })
  while (results.size > MAX_ENTRIES) {
    const oldest = results.keys().next().value
    if (oldest === undefined) break
    results.delete(oldest)
  }
  return value
}

export function forgetSearches(): void {
  const held = store()
  held.generation += 1
  held.results.clear()
}
