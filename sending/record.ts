import type { PayloadRequest } from 'payload'

import { issueForStaff } from '@/newsletter/issueForStaff'

import type { SendingRow, SendRecord } from './api'
import { countsOf, failuresOf } from './deliveries'

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
      failures: s.kind === 'newsletter' ? await failuresOf(req.payload, s.id) : [],
    })),
  )
  return { sendings }
}
