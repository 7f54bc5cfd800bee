import type { Access, FieldAccess } from 'payload'

import { roleOf } from './roles'

/** Admins manage users and site settings. */
export const isAdmin: Access = (args) => roleOf(args) === 'admin'

export const isAdminField: FieldAccess = (args) => roleOf(args) === 'admin'
