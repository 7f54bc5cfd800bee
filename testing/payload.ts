import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import type { User } from '@/payload-types'

export const testPayload = (): Promise<Payload> => getPayload({ config })

let counter = 0

/** A unique suffix, so tests that share the run's database never collide on slugs or names. */
export const unique = (): string => `${Date.now().toString(36)}${(counter += 1).toString(36)}`

export const STAFF_PASSWORD = 'correct horse battery staple'

/** A JWT for the account, as the admin panel would hold it after logging in. */
export async function tokenFor(payload: Payload, user: User): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: STAFF_PASSWORD } })
  if (!token) throw new Error(`no token for ${user.email}`)
  return token
}

/** Creates a staff account directly (as the system), for tests that act as that person. */
export async function createStaff(payload: Payload, role: User['role'], name: string = role): Promise<User> {
  // The very first account always becomes an admin (makeFirstUserAdmin); make sure that has
  // happened, so the account asked for gets the role asked for.
  if ((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs === 0) {
    await payload.create({
      collection: 'users',
      data: { email: 'first-admin@example.test', password: STAFF_PASSWORD, role: 'admin' },
      overrideAccess: true,
    })
  }
  const user = await payload.create({
    collection: 'users',
    data: { email: `${name}-${unique()}@example.test`, password: STAFF_PASSWORD, role, name },
    overrideAccess: true,
  })
  return { ...user, collection: 'users' } as User
}
