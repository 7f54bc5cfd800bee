import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { RETENTION } from './model'

/**
 * Removes the entries older than the settings' retention (two years unless decided otherwise):
 * the one deletion the log's trigger allows, said so in its own transaction, and never of an
 * entry younger than the shortest retention.
 */
export async function removeExpired(payload: Payload): Promise<{ removed: number; days: number }> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  const chosen = Number(settings.auditRetentionDays ?? RETENTION.defaultDays)
  const days = Math.min(RETENTION.maxDays, Math.max(RETENTION.minDays, Number.isFinite(chosen) ? Math.round(chosen) : RETENTION.defaultDays))
  const removed = await payload.db.drizzle.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL audit.retention = 'on'`)
    const result = await tx.execute(sql`DELETE FROM audit_log WHERE at < now() - make_interval(days => ${days})`)
    return result.rowCount ?? 0
  })
  return { removed, days }
}
