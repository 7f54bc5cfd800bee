import type { Endpoint } from 'payload'

import { roleOf } from '@/access/roles'

import { refuse } from '../shared/endpointAnswers'

/**
 * GET /api/subscribers/:id/personuppgifter: everything kept about one address, as a JSON file,
 * for an admin answering a request under the GDPR (article 15). Deleting the subscriber (admins
 * only) removes it all; the people of reference groups with the same address are listed so the
 * admin can see them too, but are a separate record.
 */
export const personalDataEndpoint: Endpoint = {
  path: '/:id/personuppgifter',
  method: 'get',
  handler: async (req) => {
    if (roleOf({ req }) !== 'admin') return refuse(403, 'Bara administratörer kan exportera personuppgifter.')
    const id = Number(req.routeParams?.id)
    const subscriber = await req.payload.findByID({ collection: 'subscribers', id, depth: 1, overrideAccess: false, req, disableErrors: true })
    if (!subscriber) return refuse(404, 'Prenumeranten finns inte.')
    const members = await req.payload.find({
      collection: 'members',
      where: { email: { equals: subscriber.email } },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      req,
    })
    const deliveries = await req.payload.find({
      collection: 'deliveries',
      where: { subscriber: { equals: id } },
      depth: 0,
      pagination: false,
      select: { issue: true, status: true, sentAt: true, error: true, createdAt: true },
      overrideAccess: false,
      req,
    })
    const body = {
      exportedAt: new Date().toISOString(),
      exportedBy: req.user?.email,
      subscriber,
      issuesSentToTheAddress: deliveries.docs,
      referenceGroupPeopleWithTheSameAddress: members.docs,
    }
    return new Response(`${JSON.stringify(body, null, 2)}\n`, {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="personuppgifter-${id}.json"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
