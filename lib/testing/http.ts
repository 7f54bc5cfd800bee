import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET } from '@payloadcms/next/routes'

/**
 * Calls the very route handlers that app/(payload)/api serves, without a server: what an
 * anonymous visitor (no token) or a signed-in editor (token) gets over REST and GraphQL.
 */
// JSON from a route handler; each test asserts the shape it expects.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

const headersFor = (token?: string): HeadersInit => (token ? { Authorization: `JWT ${token}` } : {})

function restArgs(path: string) {
  const url = new URL(path, 'http://localhost')
  const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
  return { url, params: { params: Promise.resolve({ slug }) } }
}

export async function restGet(path: string, token?: string): Promise<{ status: number; body: Json }> {
  const { url, params } = restArgs(path)
  const response = await REST_GET(config)(new Request(url, { headers: headersFor(token) }), params)
  return { status: response.status, body: await response.json() }
}

export async function restDelete(path: string, token?: string): Promise<{ status: number; body: Json }> {
  const { url, params } = restArgs(path)
  const response = await REST_DELETE(config)(new Request(url, { method: 'DELETE', headers: headersFor(token) }), params)
  return { status: response.status, body: await response.json() }
}

export async function graphql(query: string, token?: string): Promise<{ status: number; body: Json }> {
  const request = new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headersFor(token) },
    body: JSON.stringify({ query }),
  })
  const response = await GRAPHQL_POST(config)(request)
  return { status: response.status, body: await response.json() }
}
