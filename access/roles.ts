import type { User } from '@/payload-types'
import { isStaffUser } from '@/lib/security/staff'

export { mayApproveAndSend } from '@/lib/security/staff'

export type Role = NonNullable<User['role']>

/**
 * Editors write, preview, test-send and ask for approval; a publisher ("ansvarig utgivare") also
 * approves, sends, schedules and publishes corrections; an admin does all of that and manages
 * accounts and settings.
 */
export const ROLES = ['admin', 'publisher', 'editor'] as const satisfies readonly Role[]

export const ROLE_LABELS: Record<Role, { sv: string; en: string }> = {
  admin: { sv: 'Administratör', en: 'Administrator' },
  publisher: { sv: 'Ansvarig utgivare', en: 'Publisher' },
  editor: { sv: 'Redaktör', en: 'Editor' },
}

type WithUser = { req: { user?: unknown } }

/** The signed-in staff member, or null for an anonymous request (or a non-staff auth collection). */
export const staffOf = ({ req }: WithUser): User | null => (isStaffUser(req.user) ? req.user : null)

export const roleOf = (args: WithUser): Role | null => staffOf(args)?.role ?? null

