import { APIError, type PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

import type { Checklist } from '@/editorial/model'
import { runChecklist } from './run'

/** The endpoint's side: the checklist for the issue, or a 404 when there is no such issue. */
export async function checklistFor(req: PayloadRequest, staff: User, id: number): Promise<Checklist> {
  const checklist = await runChecklist(req.payload, staff, id)
  if (!checklist) throw new APIError('Numret finns inte.', 404, null, true)
  return checklist
}
