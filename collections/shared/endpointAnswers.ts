import type { PayloadRequest } from 'payload'

/**
 * What the collections' own endpoints answer and read, in the shape Payload's API uses for its
 * errors ({ errors: [{ message }] }), which the admin shows as it shows Payload's own.
 */
export const refuse = (status: number, message: string): Response => Response.json({ errors: [{ message }] }, { status })

/** A JSON object body, or {} for anything else (no body, not JSON, an array): each endpoint checks its fields. */
export async function jsonBodyOf(req: PayloadRequest): Promise<Record<string, unknown>> {
  const body: unknown = req.json ? await req.json().catch(() => null) : null
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {}
}
