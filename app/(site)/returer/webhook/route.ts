import { env } from '@/lib/env'
import { readLimited } from '@/lib/http/readLimited'
import { textResponse } from '@/lib/http/responses'
import { payloadClient } from '@/site/payload'
import { takeWebhook } from '@/returns/webhook'

export const dynamic = 'force-dynamic'

/** A provider's signed report of a bounce or complaint (returns/webhook.ts); 1 MB at most. */
export async function POST(request: Request): Promise<Response> {
  const body = await readLimited(request, 1024 * 1024)
  if (body === null) return textResponse('Innehållet är för stort (högst 1 MB).', 413)
  const answer = await takeWebhook(await payloadClient(), env.returns.webhookSecret, request.headers, body)
  return textResponse(answer.message, answer.status, { 'Cache-Control': 'no-store' })
}
