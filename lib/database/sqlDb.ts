import type { Payload, PayloadRequest } from 'payload'

type Drizzle = Payload['db']['drizzle']
type Sessions = Record<string | number, { db: Drizzle } | undefined>

/**
 * The connection raw SQL should use: the request's transaction when it has one (so a statement
 * commits or rolls back with the Payload writes around it), else the pool. As @payloadcms/drizzle
 * does it inside the adapter.
 */
export async function sqlDb(payload: Payload, req?: Partial<Pick<PayloadRequest, 'transactionID'>>): Promise<Drizzle> {
  const id = req?.transactionID ? await req.transactionID : undefined
  if (id === undefined) return payload.db.drizzle
  const sessions = (payload.db as unknown as { sessions?: Sessions }).sessions
  return sessions?.[id]?.db ?? payload.db.drizzle
}
