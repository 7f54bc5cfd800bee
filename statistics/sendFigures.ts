/**
 * The figures of one send, read when asked, from what the send, its returns and its short links
 * left: how many it was for and reached, what came back, who left by its links (how many, never
 * who), how it went out over time, and the clicks per link and day. Every figure is a count.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { sqlDb } from '@/lib/database/sqlDb'

import { UNSUBSCRIBE_WINDOW_DAYS } from './model'

export type LinkFigure = { n: number; url: string; label: string; clicks: number; automatic: number }
export type DayClicks = { day: string; clicks: number; automatic: number }
export type Progress = { at: string; accepted: number }
export type ListFigure = { list: number; name: string; recipients: number }

export type SendFigures = {
  sending: number
  recipients: number
  accepted: number
  failed: number
  skipped: number
  waiting: number
  hardBounces: number
  softBounces: number
  complaints: number
  unsubscribedByLink: number
  unsubscribedByMail: number
  perList: ListFigure[]
  progress: Progress[]
  links: LinkFigure[]
  clicksByDay: DayClicks[]
}

/**
 * How many of the send's recipients each of its lists has, fixed when it is queued, in its
 * transaction and before its deliveries are written: the subscribed addresses of each list that
 * the issue has not reached — the ones the send is about to be made for (sending/deliveries.ts
 * picks the same). Counted before, not from the new deliveries, whose number the planner cannot
 * know yet (a count over them took 1.3 s for 10,000).
 */
export async function recordListRecipients(payload: Payload, req: PayloadRequest, sending: number, issue: number, lists: number[]): Promise<void> {
  if (lists.length === 0) return
  const db = await sqlDb(payload, req)
  await db.execute(sql`
    INSERT INTO send_list_recipients (sending_id, list_id, recipients)
    SELECT ${sending}, ss.list_id, count(DISTINCT ss._parent_id)::int FROM subscribers_subscriptions ss
    WHERE ss.status = 'subscribed' AND ss.list_id IN (${sql.join(lists.map((id) => sql`${id}`), sql`, `)})
      AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.issue_id = ${issue} AND d.subscriber_id = ss._parent_id)
    GROUP BY ss.list_id
    ON CONFLICT (sending_id, list_id) DO NOTHING`)
}

const int = (value: unknown): number => Number(value ?? 0)

/** The send's figures, or null for a send that does not exist or is a test send. */
export async function sendFigures(payload: Payload, sending: number): Promise<SendFigures | null> {
  const db = payload.db.drizzle
  const found = await db.execute(sql`SELECT id, started_at, created_at FROM sendings WHERE id = ${sending} AND kind = 'newsletter'`)
  const send = found.rows[0] as { id: number; started_at: string | null; created_at: string } | undefined
  if (!send) return null
  const [counts, returns, unsubscribes, perList, progress, links, days] = await Promise.all([
    db.execute(sql`SELECT status, count(*)::int AS n FROM deliveries WHERE sending_id = ${sending} GROUP BY status`),
    db.execute(sql`SELECT kind, count(*)::int AS n FROM returns WHERE sending_id = ${sending} GROUP BY kind`),
    db.execute(sql`
      SELECT coalesce(sum(n), 0)::int AS n FROM send_unsubscribes
      WHERE sending_id = ${sending} AND day <= (${send.started_at ?? send.created_at}::timestamptz AT TIME ZONE 'Europe/Stockholm')::date + ${UNSUBSCRIBE_WINDOW_DAYS}::int`),
    db.execute(sql`
      SELECT r.list_id, coalesce(ml.name, '#' || r.list_id) AS name, r.recipients FROM send_list_recipients r
      LEFT JOIN mailing_lists ml ON ml.id = r.list_id WHERE r.sending_id = ${sending} ORDER BY name`),
    // By the minute for a send of an hour or less, else by the hour.
    db.execute(sql`
      WITH span AS (SELECT CASE WHEN max(sent_at) - min(sent_at) <= interval '1 hour' THEN 'minute' ELSE 'hour' END AS unit FROM deliveries WHERE sending_id = ${sending} AND sent_at IS NOT NULL)
      SELECT date_trunc((SELECT unit FROM span), sent_at) AS at, count(*)::int AS n FROM deliveries
      WHERE sending_id = ${sending} AND sent_at IS NOT NULL GROUP BY 1 ORDER BY 1`),
    db.execute(sql`
      SELECT l.n, l.url, coalesce(l.label, '') AS label,
        coalesce(sum(c.clicks) FILTER (WHERE NOT c.automatic), 0)::int AS clicks,
        coalesce(sum(c.clicks) FILTER (WHERE c.automatic), 0)::int AS automatic
      FROM send_links l LEFT JOIN link_clicks c ON c.sending_id = l.sending_id AND c.n = l.n
      WHERE l.sending_id = ${sending} GROUP BY l.n, l.url, l.label ORDER BY l.n`),
    db.execute(sql`
      SELECT day::text AS day, coalesce(sum(clicks) FILTER (WHERE NOT automatic), 0)::int AS clicks, coalesce(sum(clicks) FILTER (WHERE automatic), 0)::int AS automatic
      FROM link_clicks WHERE sending_id = ${sending} GROUP BY day ORDER BY day`),
  ])
  const byStatus = new Map((counts.rows as { status: string; n: number }[]).map((r) => [r.status, r.n]))
  const byKind = new Map((returns.rows as { kind: string; n: number }[]).map((r) => [r.kind, r.n]))
  return {
    sending,
    recipients: [...byStatus.values()].reduce((a, b) => a + b, 0),
    accepted: byStatus.get('sent') ?? 0,
    failed: byStatus.get('failed') ?? 0,
    skipped: byStatus.get('skipped') ?? 0,
    waiting: byStatus.get('queued') ?? 0,
    hardBounces: byKind.get('hard') ?? 0,
    softBounces: byKind.get('soft') ?? 0,
    complaints: byKind.get('complaint') ?? 0,
    unsubscribedByLink: int((unsubscribes.rows[0] as { n: number } | undefined)?.n),
    unsubscribedByMail: byKind.get('unsubscribe') ?? 0,
    perList: (perList.rows as { list_id: number; name: string; recipients: number }[]).map((r) => ({ list: r.list_id, name: r.name, recipients: r.recipients })),
    progress: (progress.rows as { at: string | Date; n: number }[]).map((r) => ({ at: new Date(r.at).toISOString(), accepted: r.n })),
    links: (links.rows as LinkFigure[]).map((r) => ({ n: r.n, url: r.url, label: r.label, clicks: r.clicks, automatic: r.automatic })),
    clicksByDay: days.rows as DayClicks[],
  }
}
