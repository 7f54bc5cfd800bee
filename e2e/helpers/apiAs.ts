import type { APIRequestContext } from '@playwright/test'

/** Logs in over REST and returns a JWT, for arranging data around a journey. */
export async function tokenFor(request: APIRequestContext, account: { email: string; password: string }): Promise<string> {
  const response = await request.post('/api/users/login', { data: account })
  const body = (await response.json()) as { token?: string }
  if (!body.token) throw new Error(`login failed for ${account.email}: ${response.status()}`)
  return body.token
}

export async function findBySlug(request: APIRequestContext, collection: string, slug: string, token: string) {
  const response = await request.get(`/api/${collection}?where[slug][equals]=${slug}&depth=0&draft=true`, {
    headers: { Authorization: `JWT ${token}` },
  })
  const body = (await response.json()) as { docs: { id: number; title?: string; slug: string }[] }
  const doc = body.docs[0]
  if (!doc) throw new Error(`${collection}/${slug} not found`)
  return doc
}

/**
 * Publishes `data` on the document as an editor would through the API, and throws unless it took:
 * for arranging a journey and for putting the seed back in its `finally`.
 */
export async function publish(request: APIRequestContext, token: string, collection: string, id: number, data: Record<string, unknown>): Promise<void> {
  const response = await request.patch(`/api/${collection}/${id}`, { headers: { Authorization: `JWT ${token}` }, data: { ...data, _status: 'published' } })
  if (response.status() !== 200) throw new Error(`publishing ${collection}/${id} failed: ${response.status()} ${await response.text()}`)
}
