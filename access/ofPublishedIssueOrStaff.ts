import type { Access } from 'payload'

import { roleOf } from './roles'

/**
 * A sent issue's frozen copies: a reader sees those of an issue that is on the site (they are
 * its web version), never those of an issue taken off it; staff see all.
 */
export const ofPublishedIssueOrStaff: Access = (args) => (roleOf(args) !== null ? true : { 'issue._status': { equals: 'published' } })
