import type { Access, PayloadRequest } from 'payload'

import { roleOf } from './roles'

/** Any signed-in editor or admin: they write content and may use the admin panel. */
export const isStaff: Access = (args) => roleOf(args) !== null

/** The same rule in the boolean form Payload wants for `access.admin`. */
export const canUseAdmin = ({ req }: { req: PayloadRequest }): boolean => roleOf({ req }) !== null
