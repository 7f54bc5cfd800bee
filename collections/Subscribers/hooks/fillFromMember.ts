import type { CollectionBeforeValidateHook } from 'payload'

type Data = { id: number; member?: number | { id: number } | null; email?: string | null; name?: string | null; organisation?: string | null }

/**
 * An editor puts a reference-group member on a list by choosing the person: the address, name and
 * organisation are taken from them where the subscriber's own fields are empty. The people of the
 * groups stay their own collection; this copies, it does not link the two records' fates.
 */
export const fillFromMember: CollectionBeforeValidateHook<Data> = async ({ data, req }) => {
  if (!data?.member) return data
  const id = typeof data.member === 'object' ? data.member.id : data.member
  const member = await req.payload.findByID({ collection: 'members', id, depth: 0, overrideAccess: false, req, disableErrors: true })
  if (!member) return data
  return {
    ...data,
    email: data.email || member.email || data.email,
    name: data.name || member.name,
    organisation: data.organisation || member.organisation || data.organisation,
  }
}
