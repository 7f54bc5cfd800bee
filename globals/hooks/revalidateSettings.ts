import type { GlobalAfterChangeHook } from 'payload'

import { cacheTags } from '@/lib/cacheTags'
import { expire } from '@/content/revalidation/expire'

/** The newsletter's name and footer show on every page and in every web version. */
export const revalidateSettings: GlobalAfterChangeHook = async ({ doc, req }) => {
  await expire(req.payload, [cacheTags.settings()], req)
  return doc
}
