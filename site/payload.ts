/**
 * The one global Payload handle below the entry points: readers' routes and the page kit read
 * through it; every room takes the Payload it is given.
 */
import config from '@payload-config'
import { draftMode, headers } from 'next/headers'
import { getPayload, type Payload } from 'payload'

import { PUBLIC_READER, type Reader } from '@/content/reads/reader'
import { isStaffUser } from '@/lib/security/staff'
import type { User } from '@/payload-types'

export const payloadClient = (): Promise<Payload> => getPayload({ config })

/** The signed-in staff member making this request (from the admin's cookie), or null. */
export async function signedInStaff(): Promise<User | null> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return isStaffUser(user) ? user : null
}

/** Who reads this request: the public, or in Next's draft mode the signed-in editor. */
export async function currentReader(): Promise<Reader> {
  if (!(await draftMode()).isEnabled) return PUBLIC_READER
  const staff = await signedInStaff()
  return staff ? { draft: true, user: staff } : PUBLIC_READER
}
