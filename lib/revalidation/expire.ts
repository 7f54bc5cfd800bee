import { revalidatePath, revalidateTag } from 'next/cache'
import type { PayloadRequest } from 'payload'

import { forgetSearches } from '@/lib/search/resultCache'

export type Targets = { tags: string[]; paths: string[] }

/**
 * Expires cached pages at once: the next reader gets a fresh render, never a stale page while
 * one is made in the background ({ expire: 0 }). Only inside the Next.js server — scripts and
 * tests that load the same config have no page cache to expire.
 */
export function expire(targets: Targets, req: PayloadRequest): void {
  // Remembered search results live in this process, also outside Next (scripts, tests).
  forgetSearches()
  if (!process.env.NEXT_RUNTIME || req.context.disableRevalidate) return
  for (const tag of new Set(targets.tags)) revalidateTag(tag, { expire: 0 })
  for (const path of new Set(targets.paths)) revalidatePath(path)
  req.payload.logger.info({ msg: 'Revalidated public pages', tags: targets.tags, paths: [...new Set(targets.paths)] })
}
