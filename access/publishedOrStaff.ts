import type { Access } from 'payload'

import { roleOf } from './roles'

/**
 * Staff read everything, drafts included; everyone else reads published documents only. The
 * constraint applies through every door (REST, GraphQL, Local API with overrideAccess: false).
 */
export const publishedOrStaff: Access = (args) => {
  if (roleOf(args) !== null) return true
  return { _status: { equals: 'published' } }
}
