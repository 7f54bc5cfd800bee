/**
 * Which tags a piece of work depended on: every cached read reports the tags it touched
 * (lib/cache/memo.ts), and whoever keeps the result — a page, an outer read — takes their union.
 * So no page lists its tags by hand, and a read added to a page brings its tags with it.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

const scope = new AsyncLocalStorage<Set<string>>()

/** Tells the work in progress, if anyone is collecting, that it depends on these tags. */
export function reportTags(tags: Iterable<string>): void {
  const collecting = scope.getStore()
  if (!collecting) return
  for (const tag of tags) collecting.add(tag)
}

/** Runs `work` and returns what it returned with every tag reported within it (and reports them further out too). */
export async function collectingTags<T>(work: () => Promise<T>): Promise<{ value: T; tags: string[] }> {
  const tags = new Set<string>()
  const value = await scope.run(tags, work)
  reportTags(tags)
  return { value, tags: [...tags].sort() }
}
