import type { GlobalAfterChangeHook } from 'payload'

import { cacheTags } from '@/lib/cacheTags'
import { expire } from '@/lib/revalidation/expire'
import { routes } from '@/lib/routes'

/** The newsletter's name and footer show on every page and in every web version. */
export const revalidateSettings: GlobalAfterChangeHook = ({ doc, req }) => {
  expire({ tags: [cacheTags.settings()], paths: [routes.home()] }, req)
  return doc
}
