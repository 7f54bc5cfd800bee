import type { User } from '@/payload-types'

/**
 * Who is reading: nobody (the public, cached pages) or, in Next's draft mode, the signed-in
 * editor previewing drafts. Every public read passes the user on with overrideAccess: false, so
 * Payload's access rules decide what comes back.
 */
export type Reader = { draft: boolean; user: User | null }

export const PUBLIC_READER: Reader = { draft: false, user: null }
