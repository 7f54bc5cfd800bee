import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import type { User } from '@/payload-types'

export const testPayload = (): Promise<Payload> => getPayload({ config })

let counter = 0

/** Creates a staff account directly (as the system), for tests that act as that person. */
export async function createStaff(payload: Payload, role: User['role'], name: string = role): Promise<User> {
  // The very first account always becomes an admin (makeFirstUserAdmin); make sure that has
  // happened, so the account asked for gets the role asked for.
  if ((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs === 0) {
    await payload.create({
      collection: 'users',
      data: { email: 'first-admin@example.test', password: 'correct horse battery staple', role: 'admin' },
      overrideAccess: true,
    })
  }
  counter += 1
  const user = await payload.create({
    collection: 'users',
    data: { email: `${name}-${Date.now()}-${counter}@example.test`, password: 'correct horse battery staple', role, name },
    overrideAccess: true,
  })
  return { ...user, collection: 'users' } as User
}
