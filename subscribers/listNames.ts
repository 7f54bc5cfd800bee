import type { Payload, PayloadRequest } from 'payload'

/** The names of lists by id, as the record and the messages write them. */
export async function listNames(payload: Payload, ids: number[], req?: PayloadRequest): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map()
  const lists = await payload.find({
    collection: 'mailing-lists',
    where: { id: { in: [...new Set(ids)] } },
    depth: 0,
    pagination: false,
    select: { name: true },
    // The names go into the record of a change already allowed; whose change it is does not matter.
    overrideAccess: true,
    req,
  })
  return new Map(lists.docs.map((list) => [list.id, list.name]))
}
