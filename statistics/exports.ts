import { APIError, type PayloadRequest } from 'payload'

import { attachment } from '@/lib/http/responses'

import { overviewCsv, sendCsv } from './csv'
import { overview } from './overview'
import { sendFigures } from './sendFigures'

const csvResponse = (csv: string, file: string): Response => new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8', ...attachment(file) } })

/** One send's figures as a file (staff; the endpoint has checked). */
export async function sendFiguresFile(req: PayloadRequest, id: number): Promise<Response> {
  const figures = Number.isInteger(id) ? await sendFigures(req.payload, id) : null
  if (!figures) throw new APIError('Utskicket finns inte.', 404, null, true)
  return csvResponse(sendCsv(figures), `statistik-utskick-${id}.csv`)
}

export async function overviewFile(req: PayloadRequest): Promise<Response> {
  return csvResponse(overviewCsv(await overview(req.payload, 1_000)), 'statistik.csv')
}
