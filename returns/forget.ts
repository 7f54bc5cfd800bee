import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { sqlDb } from '@/lib/database/sqlDb'

/**
 * A deleted subscriber's returns keep what happened (the kind, the status code, the send) but not
 * the address, the server's words or the evidence, which name it: the one change to the record of
 * returns, as the GDPR's right to erasure asks.
 */
export async function forgetReturns(payload: Payload, req: PayloadRequest, subscriber: number): Promise<void> {
  const db = await sqlDb(payload, req)
  await db.execute(sql`UPDATE returns SET address = NULL, diagnostic = NULL, evidence = NULL, summary = 'Borttagen prenumerant', subscriber_id = NULL WHERE subscriber_id = ${subscriber}`)
}
