import type { Access } from 'payload'

import { roleOf } from '@/access/roles'

/**
 * Staff read every person. Anyone else reads only people who sit in a published reference
 * group — and, through the e-mail and phone fields' own access, never their contact details.
 */
export const membersInPublishedGroups: Access = async ({ req }) => {
  if (roleOf({ req }) !== null) return true
  const groups = await req.payload.find({
    collection: 'reference-groups',
    where: { _status: { equals: 'published' } },
    select: { memberships: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = groups.docs.flatMap((group) =>
    (group.memberships ?? []).map((m) => (typeof m.member === 'object' && m.member ? m.member.id : m.member)),
  )
  const visible = ids.filter((id): id is number => typeof id === 'number')
  // With none visible, a rule that matches nothing: a hidden image is "not found", as with some visible.
  return visible.length > 0 ? { id: { in: visible } } : { id: { exists: false } }
}
