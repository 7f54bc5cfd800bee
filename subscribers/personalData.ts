import { APIError, type PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

/**
 * Everything kept about one address, as a JSON file, for an admin answering a request under the
 * GDPR (article 15). Deleting the subscriber (admins only) removes it all; the people of reference
 * groups with the same address are listed so the admin can see them too, but are a separate record.
 */
export async function personalDataOf(req: PayloadRequest, admin: User, id: number): Promise<Response> {
  const subscriber = Number.isInteger(id) ? await req.payload.findByID({ collection: 'subscribers', id, depth: 1, overrideAccess: false, req, disableErrors: true }) : null
  if (!subscriber) throw new APIError('Prenumeranten finns inte.', 404, null, true)
  const members = await req.payload.find({ collection: 'members', where: { email: { equals: subscriber.email } }, depth: 0, pagination: false, overrideAccess: false, req })
  const deliveries = await req.payload.find({
    collection: 'deliveries',
    where: { subscriber: { equals: id } },
    depth: 0,
    pagination: false,
    select: { issue: true, status: true, sentAt: true, error: true, createdAt: true },
    overrideAccess: false,
    req,
  })
  const returns = await req.payload.find({
    collection: 'returns',
    where: { subscriber: { equals: id } },
    depth: 0,
    pagination: false,
    select: { kind: true, receivedAt: true, status: true, diagnostic: true, outcome: true, evidence: true },
    overrideAccess: false,
    req,
  })
  const body = {
    exportedAt: new Date().toISOString(),
    exportedBy: admin.email,
    subscriber,
    issuesSentToTheAddress: deliveries.docs,
    mailThatCameBack: returns.docs,
    referenceGroupPeopleWithTheSameAddress: members.docs,
  }
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="personuppgifter-${id}.json"`,
      'Cache-Control': 'no-store',
    },
  })
}
