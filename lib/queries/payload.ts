import config from '@payload-config'
import { draftMode, headers } from 'next/headers'
import { getPayload, type Payload } from 'payload'

import type { User } from '@/payload-types'

export const payloadClient = (): Promise<Payload> => getPayload({ config })

/**
 * Who is reading: nobody (the public, cached pages) or, in Next's draft mode, the signed-in
 * editor previewing drafts. Every public query passes the result on with overrideAccess: false,
 * so Payload's access rules decide what comes back.
 */
export type Reader = { draft: boolean; user: User | null }

export const PUBLIC_READER: Reader = { draft: false, user: null }

export async function currentReader(): Promise<Reader> {
  if (!(await draftMode()).isEnabled) return PUBLIC_READER
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  const staff = user && user.collection === 'users' ? (user as User) : null
  return staff ? { draft: true, user: staff } : PUBLIC_READER
}
