/**
 * Vitest stands in for Next's data cache with this pass-through (see vitest.config.mts): the
 * queries then read the real database every time, which is what their tests are about. What the
 * revalidation hooks ask to expire is recorded, for their own tests; pages, tags and their
 * expiry are tested end to end against a production build.
 */
export const unstable_cache = <T extends (...args: never[]) => unknown>(fn: T): T => fn

export const expired: { tags: string[]; paths: string[] } = { tags: [], paths: [] }

export const revalidateTag = (tag: string): void => {
  expired.tags.push(tag)
}
export const revalidatePath = (path: string): void => {
  expired.paths.push(path)
}
