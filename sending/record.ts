import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { issueForStaff } from '@/newsletter/issueForStaff'

import type { ReturnCounts, SendingRow, SendRecord } from './api'
import { countsOf, failuresOf } from './deliveries'

/** What came back of a send (the returns the job read, returns/), by kind. */
async function returnCountsOf(payload: Payload, sending: number): Promise<ReturnCounts> {
  const { rows } = await payload.db.drizzle.execute(sql`SELECT kind::text AS kind, count(*)::int AS n FROM returns WHERE sending_id = ${sending} GROUP BY kind`)
  const counts: ReturnCounts = { hard: 0, soft: 0, complaint: 0, unsubscribe: 0 }
  for (const row of rows as { kind: string; n: number }[]) if (row.kind in counts) counts[row.kind as keyof ReturnCounts] = row.n
  return counts
}

/** The issue's sends, newest first (the last 20), with their counts and failed addresses. */
export async function sendRecord(req: PayloadRequest, issue: number): Promise<SendRecord> {
  await issueForStaff(req, issue)
  const { docs } = await req.payload.find({
    collection: 'sendings',
    where: { issue: { equals: issue } },
    sort: '-createdAt',
    depth: 1,
    limit: 20,
    select: { kind: true, status: true, lists: true, testAddresses: true, scheduledAt: true, recipients: true, createdBy: true, createdAt: true, startedAt: true, finishedAt: true, lastError: true, pausedUntil: true, testResults: true },
    overrideAccess: false,
    req,
  })
  const sendings = await Promise.all(
    docs.map(async (s): Promise<SendingRow> => ({
      ...s,
      testResults: s.testResults as SendingRow['testResults'],
      lists: (s.lists ?? []).map((l) => (typeof l === 'object' ? l.name : String(l))),
      counts: s.kind === 'newsletter' ? await countsOf(req.payload, s.id) : null,
      returns: s.kind === 'newsletter' ? await returnCountsOf(req.payload, s.id) : null,
      failures: s.kind === 'newsletter' ? await failuresOf(req.payload, s.id) : [],
    })),
  )
  return { sendings }
}
