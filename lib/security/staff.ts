import type { User } from '@/payload-types'

/**
 * The one rule for "signed-in staff": an account of the `users` collection (editors and admins).
 * Payload's `req.user` may be of any auth collection; only these may use the admin, read drafts
 * or take an issue's e-mail.
 */
export const isStaffUser = (user: unknown): user is User =>
  typeof user === 'object' && user !== null && (user as { collection?: unknown }).collection === 'users'
