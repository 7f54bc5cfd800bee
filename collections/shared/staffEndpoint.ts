/**
 * The one shape of the collections' own endpoints (the "Skicka" box, corrections, exports): an
 * adapter that checks who asks, reads the :id and the JSON body, calls one function of a room and
 * answers — a room's refusal (APIError) in Payload's error shape, whatever else as thrown (a
 * database outage is answered by lib/database/afterError.ts). Rooms throw; endpoints translate.
 */
import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { mayApproveAndSend, roleOf, staffOf } from '@/access/roles'
import { apiRefusal as refuse } from '@/lib/http/responses'
import type { User } from '@/payload-types'

export type EndpointCall = {
  req: PayloadRequest
  staff: User
  /** The path's :id: a whole number above zero, or NaN (a room answers 404 for it). */
  id: number
  /** The request's JSON object body ({} for none). */
  body: Record<string, unknown>
}

type Options = {
  path: string
  method: 'get' | 'post'
  /** Admins only, refusing others with this message (the default: any staff member). */
  admins?: string
  /** Publishers and admins only (access/roles.ts mayApproveAndSend), refusing others with this message. */
  publishers?: string
  /** The answer: a Response as it is, anything else as JSON (201 for a POST that made something, `created`). */
  handle: (call: EndpointCall) => Promise<unknown>
  created?: boolean
  /** The room reads the body itself (an upload): it is left unread here. */
  readsOwnBody?: boolean
}

/** A JSON object body, or {} for anything else (no body, not JSON, an array): each room checks its fields. */
async function jsonBodyOf(req: PayloadRequest): Promise<Record<string, unknown>> {
  const body: unknown = req.json ? await req.json().catch(() => null) : null
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {}
}

const MUST_BE_STAFF = 'Du måste vara inloggad som redaktör.'

/** What an editor reads when they try what only a publisher may do. */
export const PUBLISHERS_ONLY = 'Bara ansvarig utgivare eller en administratör kan skicka, godkänna eller rätta ett utskick. Begär godkännande i stället.'

const idOf = (req: PayloadRequest): number => {
  const id = Number(req.routeParams?.id)
  return Number.isInteger(id) && id > 0 && id < 2 ** 31 ? id : Number.NaN
}

export function staffEndpoint({ path, method, admins, publishers, handle, created = false, readsOwnBody = false }: Options): Endpoint {
  return {
    path,
    method,
    handler: async (req) => {
      const staff = staffOf({ req })
      if (!staff) return refuse(403, MUST_BE_STAFF)
      if (admins && roleOf({ req }) !== 'admin') return refuse(403, admins)
      if (publishers && !mayApproveAndSend(roleOf({ req }))) return refuse(403, publishers)
      try {
        const answer = await handle({ req, staff, id: idOf(req), body: method === 'post' && !readsOwnBody ? await jsonBodyOf(req) : {} })
        return answer instanceof Response ? answer : Response.json(answer, { status: created ? 201 : 200 })
      } catch (error) {
        if (error instanceof APIError && error.isPublic) return refuse(error.status, error.message)
        throw error
      }
    },
  }
}
