import { stringify } from 'csv-stringify/sync'
import type { Endpoint } from 'payload'

import { roleOf } from '@/access/roles'
import { subscribedOn } from '@/subscribers/recipients'

import { refuse } from '../shared/endpointAnswers'

/**
 * GET /api/mailing-lists/:id/export: the list's confirmed addresses as CSV, for staff. A
 * semicolon and a byte-order mark, as Excel in Swedish opens it; the import reads it back.
 */
export const exportListEndpoint: Endpoint = {
  path: '/:id/export',
  method: 'get',
  handler: async (req) => {
    if (roleOf({ req }) === null) return refuse(403, 'Du måste vara inloggad som redaktör.')
    const id = Number(req.routeParams?.id)
    const list = await req.payload.findByID({ collection: 'mailing-lists', id, depth: 0, overrideAccess: false, req, disableErrors: true })
    if (!list) return refuse(404, 'Listan finns inte.')
    const members = await subscribedOn(req.payload, id)
    const csv = stringify(
      members.map((m) => [m.email, m.name ?? '', m.organisation ?? '']),
      { header: true, columns: ['e-post', 'namn', 'organisation'], delimiter: ';', bom: true, record_delimiter: 'windows' },
    )
    const file = `${list.name.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'lista'}.csv`
    return new Response(csv, {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${file}"`, 'Cache-Control': 'no-store' },
    })
  },
}
