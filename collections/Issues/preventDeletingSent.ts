import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/**
 * An issue that has gone out to a list is part of the record of what was sent (its sendings, who
 * got it, its copy): it can be unpublished, never deleted. Test sends are the editor's own
 * drafts of the record and go with the issue.
 */
export const preventDeletingSent: CollectionBeforeDeleteHook = async ({ req, id, context }) => {
  if (context.allowDeletingInUse) return
  const sent = await req.payload.count({
    collection: 'sendings',
    where: { and: [{ issue: { equals: id } }, { kind: { equals: 'newsletter' } }] },
    overrideAccess: true,
    req,
  })
  const copies = await req.payload.count({ collection: 'issue-snapshots', where: { issue: { equals: id } }, overrideAccess: true, req })
  if (sent.totalDocs > 0 || copies.totalDocs > 0) {
    throw new APIError('Numret har skickats och ingår i arkivet över vad som skickats. Det kan avpubliceras men inte tas bort.', 409, null, true)
  }
  await req.payload.delete({ collection: 'sendings', where: { issue: { equals: id } }, overrideAccess: true, req })
}
