import type { Payload, PayloadRequest } from 'payload'

import { recordExpiry } from '@/lib/cache/expiryLog'

/**
 * Expires readers' cached pages and reads that carry these tags, in every process and durably
 * (lib/cache/expiryLog.ts): the next reader gets a fresh render, never a stale page. Inside a
 * request's transaction it takes effect when the change commits. Bulk work (the generated archive)
 * passes context.disableRevalidate and expires once at the end.
 */
export async function expire(payload: Payload, tags: string[], req?: PayloadRequest): Promise<void> {
  if (req?.context.disableRevalidate) return
  await recordExpiry(payload, [...new Set(tags)], req)
  payload.logger.debug({ msg: 'Expired public pages', tags })
}
