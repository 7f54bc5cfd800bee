import { APIError, type PayloadRequest } from 'payload'

import { QUEUES } from '@/lib/jobs/queues'
import { isValidEmail, normaliseEmail } from '@/lib/mail/address'
import { renderForTest } from '@/newsletter/sendingEmail'
import type { User } from '@/payload-types'

import type { QueuedTest } from './api'
import { MAX_TEST_ADDRESSES } from './model'

function addressesOf(body: Record<string, unknown>): string[] {
  const given = Array.isArray(body.addresses) ? body.addresses : typeof body.addresses === 'string' ? body.addresses.split(/[,;\s]+/) : []
  const addresses = [...new Set(given.filter((a): a is string => typeof a === 'string' && a.trim() !== '').map(normaliseEmail))]
  if (addresses.length === 0) throw new APIError('Skriv minst en adress att skicka provet till.', 400, null, true)
  if (addresses.length > MAX_TEST_ADDRESSES) throw new APIError(`Ett provutskick går till högst ${MAX_TEST_ADDRESSES} adresser.`, 400, null, true)
  const invalid = addresses.filter((a) => !isValidEmail(a))
  if (invalid.length > 0) throw new APIError(`Ogiltig adress: ${invalid.join(', ')}`, 400, null, true)
  return addresses
}

/**
 * A test send: the issue as the editor has it now (drafts too) to a few addresses (TestSendRequest),
 * with "[Provutskick]" before the subject. No list is touched and nobody is recorded as having had
 * the issue. Queued; a job sends it.
 */
export async function queueTestSend(req: PayloadRequest, staff: User, issueId: number, body: Record<string, unknown>): Promise<QueuedTest> {
  const addresses = addressesOf(body)
  const rendered = Number.isInteger(issueId) ? await renderForTest(req.payload, issueId, staff) : null
  if (!rendered) throw new APIError('Numret finns inte.', 404, null, true)
  const sending = await req.payload.create({
    collection: 'sendings',
    data: { issue: issueId, kind: 'test', testAddresses: addresses, status: 'queued', subject: rendered.subject, html: rendered.html, text: rendered.text, placeholder: rendered.placeholder, createdBy: staff.email },
    overrideAccess: true,
    req,
  })
  // The editor waits at the screen: a queue of its own, never behind readers' mail or a send (lib/jobs/queues.ts).
  await req.payload.jobs.queue({ task: 'runSending', queue: QUEUES.editor, input: { sending: sending.id }, req })
  return { sending: sending.id, addresses }
}
