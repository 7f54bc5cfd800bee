import type { User } from '@/payload-types'
import { isStaffUser } from '@/lib/security/staff'

export type Role = NonNullable<User['role']>

export const ROLES = ['admin', 'editor'] as const satisfies readonly Role[]

type WithUser = { req: { user?: unknown } }

/** The signed-in staff member, or null for an anonymous request (or a non-staff auth collection). */
export const staffOf = ({ req }: WithUser): User | null => (isStaffUser(req.user) ? req.user : null)

export const roleOf = (args: WithUser): Role | null => staffOf(args)?.role ?? null
