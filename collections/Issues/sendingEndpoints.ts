/**
 * The issue's "Skicka" tools (admin/SendingPanel.tsx): how many a send would reach, a
 * test send, the send itself, and the record of its sends. Staff only. Queuing is all a request
 * does: the rendering happens once here, the recipients are fixed here in one transaction with
 * the send, and a job does the sending (jobs/runSending.ts).
 */
import { APIError, commitTransaction, initTransaction, killTransaction, type Endpoint, type PayloadRequest } from 'payload'

import { staffOf } from '@/access/roles'
import { isValidEmail, normaliseEmail } from '@/lib/mail/address'
import { countRecipients, countsOf, failuresOf, insertDeliveries, takeIssueTurn } from '@/sending/deliveries'
import { MAX_TEST_ADDRESSES } from '@/sending/model'
import { getSettings } from '@/content/reads/settings'
import { renderForTest } from '@/newsletter/sendingEmail'
import { freezeIssue, snapshotsOf } from '@/newsletter/copies'

import { jsonBodyOf, refuse } from '../shared/endpointAnswers'

const idParam = (req: PayloadRequest): number => Number(req.routeParams?.id)

const idList = (value: unknown): number[] =>
  [...new Set((Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []).map(Number))].filter((n) => Number.isInteger(n) && n > 0 && n < 2 ** 31)

/** The issue as staff may read it (drafts too), or null. */
const issueFor = (req: PayloadRequest) =>
  req.payload.findByID({ collection: 'issues', id: idParam(req), depth: 0, draft: false, overrideAccess: false, req, disableErrors: true })

/** GET /api/issues/:id/mottagare?listor=1,2 — unique addresses the send would reach, and those the issue already reached. */
const recipients: Endpoint = {
  path: '/:id/mottagare',
  method: 'get',
  handler: async (req) => {
    if (!staffOf({ req })) return refuse(403, 'Du måste vara inloggad som redaktör.')
    if (!(await issueFor(req))) return refuse(404, 'Numret finns inte.')
    const lists = idList(req.searchParams.get('listor'))
    return Response.json(await countRecipients(req.payload, idParam(req), lists))
  },
}

/** POST /api/issues/:id/skicka { lists, scheduledAt? } — queues the send of the published issue. */
const send: Endpoint = {
  path: '/:id/skicka',
  method: 'post',
  handler: async (req) => {
    const staff = staffOf({ req })
    if (!staff) return refuse(403, 'Du måste vara inloggad som redaktör.')
    const issue = await issueFor(req)
    if (!issue) return refuse(404, 'Numret finns inte.')
    const body = await jsonBodyOf(req)
    const lists = idList(body.lists)
    if (lists.length === 0) return refuse(400, 'Välj minst en lista att skicka till.')
    const scheduledAt = typeof body.scheduledAt === 'string' && body.scheduledAt ? new Date(body.scheduledAt) : null
    if (scheduledAt && Number.isNaN(scheduledAt.getTime())) return refuse(400, 'Tiden för utskicket kunde inte läsas.')
    if (issue._status !== 'published') return refuse(409, 'Bara ett publicerat nummer kan skickas. Publicera numret först.')
    const known = await req.payload.find({ collection: 'mailing-lists', where: { id: { in: lists } }, depth: 0, pagination: false, overrideAccess: false, req })
    if (known.docs.length !== lists.length) return refuse(400, 'En av listorna finns inte.')

    const shouldCommit = await initTransaction(req)
    try {
      await takeIssueTurn(req.payload, req, issue.id)
      // The first send freezes the issue (its record, newsletter/copies.ts); every send is of
      // the newest frozen copy, corrections included: what one list got, the next gets too.
      // Readers see the copy once its first message is accepted (jobs/runSending.ts).
      const sentTo = known.docs.map((list) => list.name).join(', ')
      const earlier = (await snapshotsOf(req.payload, issue.id, req)).at(-1)
      const copy = earlier ?? (await freezeIssue(req.payload, { issue: issue.id, kind: 'sent', sentAt: scheduledAt && scheduledAt > new Date() ? scheduledAt : new Date(), sentTo, by: staff.email }, req))
      const sending = await req.payload.create({
        collection: 'sendings',
        data: {
          issue: issue.id,
          kind: 'newsletter',
          lists,
          status: 'queued',
          scheduledAt: scheduledAt?.toISOString() ?? null,
          subject: copy.subject,
          html: copy.emailHtml,
          text: copy.emailText,
          placeholder: copy.placeholder ?? (await getSettings()).unsubscribePlaceholder,
          createdBy: staff.email,
        },
        overrideAccess: true,
        req,
      })
      const count = await insertDeliveries(req.payload, req, sending.id, issue.id, lists, scheduledAt ?? new Date())
      if (count === 0) throw new APIError('Alla på listorna har redan fått numret, eller så är listorna tomma.', 409, null, true)
      await req.payload.update({ collection: 'sendings', id: sending.id, data: { recipients: count }, overrideAccess: true, req })
      if (!scheduledAt || scheduledAt <= new Date()) await req.payload.jobs.queue({ task: 'runSending', input: { sending: sending.id }, req })
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ sending: sending.id, recipients: count, scheduledAt: scheduledAt?.toISOString() ?? null }, { status: 201 })
    } catch (error) {
      await killTransaction(req)
      if (error instanceof APIError) return refuse(error.status, error.message)
      throw error
    }
  },
}

/** POST /api/issues/:id/provutskick { addresses } — the issue as it is now (drafts too) to a few addresses. */
const testSend: Endpoint = {
  path: '/:id/provutskick',
  method: 'post',
  handler: async (req) => {
    const staff = staffOf({ req })
    if (!staff) return refuse(403, 'Du måste vara inloggad som redaktör.')
    const body = await jsonBodyOf(req)
    const given = Array.isArray(body.addresses) ? body.addresses : typeof body.addresses === 'string' ? body.addresses.split(/[,;\s]+/) : []
    const addresses = [...new Set(given.filter((a): a is string => typeof a === 'string' && a.trim() !== '').map(normaliseEmail))]
    if (addresses.length === 0) return refuse(400, 'Skriv minst en adress att skicka provet till.')
    if (addresses.length > MAX_TEST_ADDRESSES) return refuse(400, `Ett provutskick går till högst ${MAX_TEST_ADDRESSES} adresser.`)
    const invalid = addresses.filter((a) => !isValidEmail(a))
    if (invalid.length > 0) return refuse(400, `Ogiltig adress: ${invalid.join(', ')}`)
    const id = idParam(req)
    const rendered = Number.isInteger(id) ? await renderForTest(id, staff) : null
    if (!rendered) return refuse(404, 'Numret finns inte.')
    const sending = await req.payload.create({
      collection: 'sendings',
      data: { issue: id, kind: 'test', testAddresses: addresses, status: 'queued', subject: rendered.subject, html: rendered.html, text: rendered.text, placeholder: rendered.placeholder, createdBy: staff.email },
      overrideAccess: true,
      req,
    })
    await req.payload.jobs.queue({ task: 'runSending', input: { sending: sending.id }, req })
    return Response.json({ sending: sending.id, addresses }, { status: 201 })
  },
}

/** GET /api/issues/:id/utskick — the issue's sends, newest first, with their counts and failures. */
const record: Endpoint = {
  path: '/:id/utskick',
  method: 'get',
  handler: async (req) => {
    if (!staffOf({ req })) return refuse(403, 'Du måste vara inloggad som redaktör.')
    const id = idParam(req)
    if (!(await issueFor(req))) return refuse(404, 'Numret finns inte.')
    const { docs } = await req.payload.find({
      collection: 'sendings',
      where: { issue: { equals: id } },
      sort: '-createdAt',
      depth: 1,
      limit: 20,
      select: { kind: true, status: true, lists: true, testAddresses: true, scheduledAt: true, recipients: true, createdBy: true, createdAt: true, startedAt: true, finishedAt: true, lastError: true, pausedUntil: true, testResults: true },
      overrideAccess: false,
      req,
    })
    const sendings = await Promise.all(
      docs.map(async (s) => ({
        ...s,
        lists: (s.lists ?? []).map((l) => (typeof l === 'object' ? l.name : l)),
        counts: s.kind === 'newsletter' ? await countsOf(req.payload, s.id) : null,
        failures: s.kind === 'newsletter' ? await failuresOf(req.payload, s.id) : [],
      })),
    )
    return Response.json({ sendings })
  },
}

export const sendingEndpoints = [recipients, send, testSend, record]
