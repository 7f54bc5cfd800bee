import config from '@payload-config'
import { draftMode, headers } from 'next/headers'
import { getPayload, type Payload } from 'payload'

import { isStaffUser } from '@/lib/security/staff'
import type { User } from '@/payload-types'

export const payloadClient = (): Promise<Payload> => getPayload({ config })

/**
 * Who is reading: nobody (the public, cached pages) or, in Next's draft mode, the signed-in
 * editor previewing drafts. Every public query passes the result on with overrideAccess: false,
 * so Payload's access rules decide what comes back.
 */
export type Reader = { draft: boolean; user: User | null }

export const PUBLIC_READER: Reader = { draft: false, user: null }

/** The signed-in staff member making this request (from the admin's cookie), or null. */
export async function signedInStaff(): Promise<User | null> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return isStaffUser(user) ? user : null
}

export async function currentReader(): Promise<Reader> {
  if (!(await draftMode()).isEnabled) return PUBLIC_READER
  const staff = await signedInStaff()
  return staff ? { draft: true, user: staff } : PUBLIC_READER
}
