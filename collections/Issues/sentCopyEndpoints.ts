/**
 * The issue's record of what was sent, from the "Skicka" box (admin/SendingPanel.tsx):
 * marking an issue sent through another tool, publishing a correction, and reading its copies.
 * Staff only; the copies themselves are made by newsletter/copies.ts.
 */
import { APIError, commitTransaction, initTransaction, killTransaction, type Endpoint } from 'payload'

import { staffOf } from '@/access/roles'
import { routes } from '@/lib/routes'
import { expireSentCopies, freezeIssue, snapshotsOf } from '@/newsletter/copies'

import { jsonBodyOf, refuse } from '../shared/endpointAnswers'

/** Makes a copy in a transaction of its own and, once it is kept, expires readers' pages of the issue. */
function freezing(path: string, read: (body: Record<string, unknown>) => { sentAt: Date; sentTo: string; note?: string; kind: 'marked' | 'correction' } | string): Endpoint {
  return {
    path,
    method: 'post',
    handler: async (req) => {
      const staff = staffOf({ req })
      if (!staff) return refuse(403, 'Du måste vara inloggad som redaktör.')
      const id = Number(req.routeParams?.id)
      const issue = Number.isInteger(id) ? await req.payload.findByID({ collection: 'issues', id, depth: 0, overrideAccess: false, req, disableErrors: true }) : null
      if (!issue) return refuse(404, 'Numret finns inte.')
      const asked = read(await jsonBodyOf(req))
      if (typeof asked === 'string') return refuse(400, asked)
      const shouldCommit = await initTransaction(req)
      try {
        const copy = await freezeIssue(req.payload, { issue: id, by: staff.email, ...asked }, req)
        // Taking effect when the copy is kept: readers' pages of the issue show it (if it has gone out).
        await expireSentCopies(req.payload, req)
        if (shouldCommit) await commitTransaction(req)
        return Response.json({ version: copy.version, url: routes.issueSentCopy(issue.slug ?? '', copy.version) }, { status: 201 })
      } catch (error) {
        await killTransaction(req)
        if (error instanceof APIError) return refuse(error.status, error.message)
        throw error
      }
    },
  }
}

/** POST /api/issues/:id/markera-skickat { sentAt, sentTo? } — it went out through another tool on that day. */
const markSent = freezing('/:id/markera-skickat', (body) => {
  const sentAt = typeof body.sentAt === 'string' ? new Date(body.sentAt) : null
  if (!sentAt || Number.isNaN(sentAt.getTime())) return 'Ange när numret skickades.'
  if (sentAt.getTime() > Date.now() + 60_000) return 'Ett nummer kan inte markeras som skickat i framtiden. Planera ett utskick i stället.'
  const sentTo = typeof body.sentTo === 'string' && body.sentTo.trim() ? body.sentTo.trim().slice(0, 300) : 'Skickat med ett annat verktyg'
  return { kind: 'marked', sentAt, sentTo }
})

/** POST /api/issues/:id/rattelse { note } — the published fix becomes the issue's record, with its note. */
const correct = freezing('/:id/rattelse', (body) => ({
  kind: 'correction',
  sentAt: new Date(),
  sentTo: '',
  note: typeof body.note === 'string' ? body.note : '',
}))

/** GET /api/issues/:id/versioner — the issue's copies, oldest first, without their bodies. */
const copies: Endpoint = {
  path: '/:id/versioner',
  method: 'get',
  handler: async (req) => {
    if (!staffOf({ req })) return refuse(403, 'Du måste vara inloggad som redaktör.')
    const id = Number(req.routeParams?.id)
    const issue = Number.isInteger(id) ? await req.payload.findByID({ collection: 'issues', id, depth: 0, overrideAccess: false, req, disableErrors: true }) : null
    if (!issue) return refuse(404, 'Numret finns inte.')
    const docs = await snapshotsOf(req.payload, id, req)
    return Response.json({
      copies: docs.map((s) => ({ version: s.version, kind: s.kind, sentAt: s.sentAt, sentTo: s.sentTo, note: s.note, createdBy: s.createdBy, url: routes.issueSentCopy(issue.slug ?? '', s.version) })),
    })
  },
}

export const sentCopyEndpoints = [markSent, correct, copies]
