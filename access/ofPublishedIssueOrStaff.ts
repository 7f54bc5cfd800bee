import type { Access, Where } from 'payload'

import { roleOf } from './roles'

/**
 * A sent issue's copies: a reader sees those of an issue that is on the site (they are
 * its web version) once the issue has actually gone out — not those of a send scheduled for later
 * or not yet started, nor a correction made before it went out, nor those of an issue taken off
 * the site; staff see all.
 */
export const ofPublishedIssueOrStaff: Access = (args) => {
  if (roleOf(args) !== null) return true
  const gone: Where = { public: { equals: true } }
  return { and: [{ 'issue._status': { equals: 'published' } }, gone] }
}
