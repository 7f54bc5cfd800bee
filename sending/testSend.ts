import { APIError, type PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { auditAction } from '@/audit/documents'
import { sqlDb } from '@/lib/database/sqlDb'
import { inTransaction } from '@/lib/database/transaction'
import { QUEUES } from '@/lib/jobs/queues'
import { isValidEmail, normaliseEmail } from '@/lib/mail/address'
import { renderForTest } from '@/newsletter/sendingEmail'
import type { User } from '@/payload-types'

import type { QueuedTest } from './api'
import { inDomains, MAX_TEST_ADDRESSES, MIN_REASON_LENGTH, TEST_MESSAGES_PER_HOUR } from './model'

// The first of the two keys of the per-account lock below (the second is the account's id).
const TEST_SEND_TURN = 720_310_423

function addressesOf(body: Record<string, unknown>): string[] {
  const given = Array.isArray(body.addresses) ? body.addresses : typeof body.addresses === 'string' ? body.addresses.split(/[,;\s]+/) : []
  const addresses = [...new Set(given.filter((a): a is string => typeof a === 'string' && a.trim() !== '').map(normaliseEmail))]
  if (addresses.length === 0) throw new APIError('Skriv minst en adress att skicka provet till.', 400, null, true)
  if (addresses.length > MAX_TEST_ADDRESSES) throw new APIError(`Ett provutskick går till högst ${MAX_TEST_ADDRESSES} adresser.`, 400, null, true)
  const invalid = addresses.filter((a) => !isValidEmail(a))
  if (invalid.length > 0) throw new APIError(`Ogiltig adress: ${invalid.join(', ')}`, 400, null, true)
  return addresses
}

/** The addresses neither in the organisation's domains nor any staff account's. */
async function outsiders(req: PayloadRequest, addresses: string[]): Promise<string[]> {
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req })
  const domains = settings.organisationDomains ?? []
  const outside = addresses.filter((a) => !inDomains(a, domains))
  if (outside.length === 0) return []
  const { docs } = await req.payload.find({ collection: 'users', where: { email: { in: outside } }, depth: 0, pagination: false, select: { email: true }, overrideAccess: true, req })
  const staff = new Set(docs.map((u) => u.email.toLowerCase()))
  return outside.filter((a) => !staff.has(a))
}

/** The reason given, or a refusal naming the addresses that need one. */
function reasonFor(outside: string[], body: Record<string, unknown>): string | null {
  const reason = typeof body.reason === 'string' ? body.reason.trim().slice(0, 300) : ''
  if (outside.length === 0) return reason || null
  if (reason.length >= MIN_REASON_LENGTH) return reason
  throw new APIError(
    `${outside.join(', ')} hör inte till organisationen eller personalen. Skriv varför provet ska dit, så sparas skälet med provutskicket.`,
    400,
    null,
    true,
  )
}

/** Refuses a test send that would take the account past its messages this hour. */
async function withinHourlyShare(req: PayloadRequest, staff: User, count: number): Promise<void> {
  const db = await sqlDb(req.payload, req)
  // One test send of an account at a time from here on: two at once cannot both see room left.
  await db.execute(sql`SELECT pg_advisory_xact_lock(${TEST_SEND_TURN}, ${staff.id})`)
  const hourAgo = new Date(Date.now() - 3_600_000)
  const { docs } = await req.payload.find({
    collection: 'sendings',
    where: { and: [{ kind: { equals: 'test' } }, { createdBy: { equals: staff.email } }, { createdAt: { greater_than: hourAgo.toISOString() } }] },
    select: { testAddresses: true, createdAt: true },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const sent = docs.reduce((sum, doc) => sum + (doc.testAddresses?.length ?? 0), 0)
  const wait = docs[0] ? (Date.parse(docs[0].createdAt) + 3_600_000 - Date.now()) / 1000 : null
  if (sent + count <= TEST_MESSAGES_PER_HOUR) return
  const minutes = Math.max(1, Math.ceil((wait ?? 3600) / 60))
  throw new APIError(`Du har skickat ${sent} provmeddelanden den senaste timmen. Högst ${TEST_MESSAGES_PER_HOUR} i timmen; försök igen om ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}.`, 429, null, true)
}

/**
 * A test send: the issue as the editor has it now (drafts too) to a few addresses (TestSendRequest),
 * with "[Provutskick]" before the subject. No list is touched and nobody is recorded as having had
 * the issue. Within the account's share per hour, and outside the organisation only with a reason
 * (sending/model.ts). Queued; a job sends it.
 */
export async function queueTestSend(req: PayloadRequest, staff: User, issueId: number, body: Record<string, unknown>): Promise<QueuedTest> {
  const addresses = addressesOf(body)
  const reason = reasonFor(await outsiders(req, addresses), body)
  const rendered = Number.isInteger(issueId) ? await renderForTest(req.payload, issueId, staff) : null
  if (!rendered) throw new APIError('Numret finns inte.', 404, null, true)
  return inTransaction(req, async () => {
    await withinHourlyShare(req, staff, addresses.length)
    const sending = await req.payload.create({
      collection: 'sendings',
      data: { issue: issueId, kind: 'test', testAddresses: addresses, testReason: reason, status: 'queued', subject: rendered.subject, html: rendered.html, text: rendered.text, placeholder: rendered.placeholder, createdBy: staff.email },
      overrideAccess: true,
      req,
    })
    // The editor waits at the screen: a queue of its own, never behind readers' mail or a send (lib/jobs/queues.ts).
    await req.payload.jobs.queue({ task: 'runSending', queue: QUEUES.editor, input: { sending: sending.id }, req })
    await auditAction(req.payload, req, { kind: 'testSend', collection: 'issues', documentId: issueId, title: sending.subject, note: `${addresses.length} adresser` })
    return { sending: sending.id, addresses }
  })
}
