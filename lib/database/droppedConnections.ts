import type { Pool } from 'pg'
import type { Payload } from 'payload'

/**
 * When the database goes away, node-postgres reports each idle pooled connection's end as an
 * 'error' event on the pool, and a pool with no listener turns it into an uncaught exception.
 * Payload adds none; this one logs it. The pool opens new connections once the database is back.
 */
export function logDroppedConnections(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  pool?.on('error', (error) => payload.logger.warn(`A pooled database connection ended: ${error.message}`))
}
