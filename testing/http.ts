import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

/**
 * Calls the very route handlers that app/(payload)/api serves, without a server: what an
 * anonymous visitor (no token) or a signed-in editor (token) gets over REST and GraphQL. `from`
 * stands in for the client address server.ts decides for every request.
 */
// JSON from a route handler; each test asserts the shape it expects.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

type As = { token?: string; from?: string }

const headersFor = ({ token, from }: As = {}): Record<string, string> => ({
  ...(token ? { Authorization: `JWT ${token}` } : {}),
  ...(from ? { 'X-Forwarded-For': from } : {}),
})

function restArgs(path: string) {
  const url = new URL(path, 'http://localhost')
  const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
  return { url, params: { params: Promise.resolve({ slug }) } }
}

const asJson = async (response: Response): Promise<{ status: number; body: Json; headers: Headers }> => ({
  status: response.status,
  body: await response.json(),
  headers: response.headers,
})

export async function restGet(path: string, token?: string): Promise<{ status: number; body: Json }> {
  const { url, params } = restArgs(path)
  return asJson(await REST_GET(config)(new Request(url, { headers: headersFor({ token }) }), params))
}

export async function restPost(path: string, data: unknown, as: As = {}): Promise<{ status: number; body: Json; headers: Headers }> {
  const { url, params } = restArgs(path)
  const request = new Request(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headersFor(as) }, body: JSON.stringify(data) })
  return asJson(await REST_POST(config)(request, params))
}

/** A POST as the admin sends a document: multipart, the document as JSON in the `_payload` field. */
export async function restPostForm(path: string, data: unknown, as: As = {}): Promise<{ status: number; body: Json; headers: Headers }> {
  const { url, params } = restArgs(path)
  const form = new FormData()
  form.set('_payload', JSON.stringify(data))
  return asJson(await REST_POST(config)(new Request(url, { method: 'POST', headers: headersFor(as), body: form }), params))
}

/** A POST of files as the browser's file field sends them (multipart), with other fields beside. */
export async function restPostFiles(path: string, files: { field: string; name: string; bytes: Uint8Array }[], fields: Record<string, string> = {}, as: As = {}): Promise<{ status: number; body: Json; headers: Headers }> {
  const { url, params } = restArgs(path)
  const form = new FormData()
  for (const file of files) form.append(file.field, new Blob([Buffer.from(file.bytes)]), file.name)
  for (const [name, value] of Object.entries(fields)) form.set(name, value)
  return asJson(await REST_POST(config)(new Request(url, { method: 'POST', headers: headersFor(as), body: form }), params))
}

export async function graphql(query: string, tokenOrAs?: string | As): Promise<{ status: number; body: Json }> {
  const as = typeof tokenOrAs === 'string' ? { token: tokenOrAs } : tokenOrAs
  const request = new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headersFor(as) },
    body: JSON.stringify({ query }),
  })
  return asJson(await GRAPHQL_POST(config)(request))
}

export async function restPatch(path: string, data: unknown, token?: string): Promise<{ status: number; body: Json }> {
  const { url, params } = restArgs(path)
  const request = new Request(url, { method: 'PATCH', headers: { 'Content-Type': 'application/json', ...headersFor({ token }) }, body: JSON.stringify(data) })
  return asJson(await REST_PATCH(config)(request, params))
}

export async function restDelete(path: string, token?: string): Promise<{ status: number; body: Json }> {
  const { url, params } = restArgs(path)
  return asJson(await REST_DELETE(config)(new Request(url, { method: 'DELETE', headers: headersFor({ token }) }), params))
}

/** A REST GET whose answer is not JSON (a CSV or a download): status, headers and the text. */
export async function restGetRaw(path: string, token?: string): Promise<{ status: number; text: string; headers: Headers }> {
  const { url, params } = restArgs(path)
  const response = await REST_GET(config)(new Request(url, { headers: headersFor({ token }) }), params)
  // ignoreBOM: a byte-order mark is part of what was sent (Excel needs it), so it is kept.
  return { status: response.status, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()), headers: response.headers }
}

/** GET /api/media/file/<name>, as a browser asks for the image itself: status, headers and the bytes. */
export async function mediaFile(filename: string, token?: string): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
  const { url, params } = restArgs(`/api/media/file/${filename}`)
  const response = await REST_GET(config)(new Request(url, { headers: headersFor({ token }) }), params)
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers }
}
