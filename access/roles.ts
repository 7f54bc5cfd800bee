import type { User } from '@/payload-types'

export type Role = NonNullable<User['role']>

export const ROLES = ['admin', 'editor'] as const satisfies readonly Role[]

type WithUser = { req: { user?: unknown } }

/** The signed-in staff member, or null for an anonymous request (or a non-staff auth collection). */
export function staffOf({ req }: WithUser): User | null {
  const user = req.user as (User & { collection?: string }) | null | undefined
  return user && user.collection === 'users' ? user : null
}

export const roleOf = (args: WithUser): Role | null => staffOf(args)?.role ?? null
