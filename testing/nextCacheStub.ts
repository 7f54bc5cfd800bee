/**
 * Vitest stands in for Next's data cache with this pass-through (see vitest.config.mts): the
 * queries then read the real database every time, which is what their tests are about. Pages,
 * tags and revalidation are tested end to end against a production build instead.
 */
export const unstable_cache = <T extends (...args: never[]) => unknown>(fn: T): T => fn
export const revalidateTag = (): void => undefined
export const revalidatePath = (): void => undefined
