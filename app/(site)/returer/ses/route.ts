import { env } from '@/lib/env'
import { readLimited } from '@/lib/http/readLimited'
import { textResponse } from '@/lib/http/responses'
import { payloadClient } from '@/site/payload'
import { takeSesMessage } from '@/returns/ses'

export const dynamic = 'force-dynamic'

/** Amazon SES's notifications through SNS (returns/ses.ts), posted as text/plain JSON; 1 MB at most. */
export async function POST(request: Request): Promise<Response> {
  const body = await readLimited(request, 1024 * 1024)
  if (body === null) return textResponse('Innehållet är för stort (högst 1 MB).', 413)
  const answer = await takeSesMessage(await payloadClient(), env.returns.sesTopicArn, body)
  return textResponse(answer.message, answer.status, { 'Cache-Control': 'no-store' })
}
