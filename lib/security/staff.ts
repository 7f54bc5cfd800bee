import type { User } from '@/payload-types'

/**
 * The one rule for "signed-in staff": an account of the `users` collection (editors and admins).
 * Payload's `req.user` may be of any auth collection; only these may use the admin, read drafts
 * or take an issue's e-mail.
 */
export const isStaffUser = (user: unknown): user is User =>
  typeof user === 'object' && user !== null && (user as { collection?: unknown }).collection === 'users'

/**
 * The one rule for the second pair of eyes: who may approve an issue and send it to lists,
 * schedule it, send it again or publish a correction to what was sent — a publisher ("ansvarig
 * utgivare") or an admin. Editors write, preview, test-send and ask for approval.
 */
export const mayApproveAndSend = (role: User['role'] | null | undefined): boolean => role === 'admin' || role === 'publisher'
