import type { FieldAccess } from 'payload'

import { roleOf } from './roles'

/** Field-level: only signed-in staff (contact details of members, for example). */
export const isStaffField: FieldAccess = (args) => roleOf(args) !== null
