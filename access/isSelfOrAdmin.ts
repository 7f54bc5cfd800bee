import type { Access } from 'payload'

import { staffOf } from './roles'

/** Admins reach every account; an editor only their own (to change their name or password). */
export const isSelfOrAdmin: Access = (args) => {
  const user = staffOf(args)
  if (!user) return false
  if (user.role === 'admin') return true
  return { id: { equals: user.id } }
}
