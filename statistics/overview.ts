/**
 * The overview: every send with its main figures, and the lists over time — sign-ups,
 * confirmations, additions, unsubscribes and suppressions per list and month, and how many each
 * list has now. Counts only.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { ListChange } from './model'

export type SendRow = { sending: number; issue: string; startedAt: string | null; recipients: number; accepted: number; bounces: number; complaints: number; clicks: number; automatic: number }
export type ListMonth = { list: number; name: string; month: string; kind: ListChange; n: number }
export type ListNow = { list: number; name: string; subscribed: number }
export type Overview = { sends: SendRow[]; months: ListMonth[]; lists: ListNow[] }

/** The newest sends first, at most `limit`. */
export async function overview(payload: Payload, limit = 50): Promise<Overview> {
  const db = payload.db.drizzle
  const [sends, months, lists] = await Promise.all([
    db.execute(sql`
      SELECT s.id, coalesce(i.title, '#' || s.issue_id) AS issue, s.started_at,
        (SELECT count(*)::int FROM deliveries d WHERE d.sending_id = s.id) AS recipients,
        (SELECT count(*)::int FROM deliveries d WHERE d.sending_id = s.id AND d.status = 'sent') AS accepted,
        (SELECT count(*)::int FROM returns r WHERE r.sending_id = s.id AND r.kind IN ('hard', 'soft')) AS bounces,
        (SELECT count(*)::int FROM returns r WHERE r.sending_id = s.id AND r.kind = 'complaint') AS complaints,
        (SELECT coalesce(sum(clicks) FILTER (WHERE NOT automatic), 0)::int FROM link_clicks c WHERE c.sending_id = s.id) AS clicks,
        (SELECT coalesce(sum(clicks) FILTER (WHERE automatic), 0)::int FROM link_clicks c WHERE c.sending_id = s.id) AS automatic
      FROM sendings s LEFT JOIN issues i ON i.id = s.issue_id
      WHERE s.kind = 'newsletter' ORDER BY s.created_at DESC, s.id DESC LIMIT ${limit}`),
    db.execute(sql`
      SELECT c.list_id, ml.name, to_char(c.month, 'YYYY-MM') AS month, c.kind, c.n FROM list_changes c
      JOIN mailing_lists ml ON ml.id = c.list_id ORDER BY c.month, ml.name, c.kind`),
    db.execute(sql`
      SELECT ml.id, ml.name, (SELECT count(DISTINCT ss._parent_id)::int FROM subscribers_subscriptions ss WHERE ss.list_id = ml.id AND ss.status = 'subscribed') AS subscribed
      FROM mailing_lists ml ORDER BY ml.name`),
  ])
  return {
    sends: (sends.rows as { id: number; issue: string; started_at: string | Date | null; recipients: number; accepted: number; bounces: number; complaints: number; clicks: number; automatic: number }[]).map((r) => ({
      sending: r.id,
      issue: r.issue,
      startedAt: r.started_at ? new Date(r.started_at).toISOString() : null,
      recipients: r.recipients,
      accepted: r.accepted,
      bounces: r.bounces,
      complaints: r.complaints,
      clicks: r.clicks,
      automatic: r.automatic,
    })),
    months: (months.rows as { list_id: number; name: string; month: string; kind: ListChange; n: number }[]).map((r) => ({ list: r.list_id, name: r.name, month: r.month, kind: r.kind, n: r.n })),
    lists: (lists.rows as { id: number; name: string; subscribed: number }[]).map((r) => ({ list: r.id, name: r.name, subscribed: r.subscribed })),
  }
}
