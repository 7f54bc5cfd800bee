import { describe, expect, it } from 'vitest'

import { guardGraphql, guardRest, withoutSuggestions } from './apiGateway'

const reached: Request[] = []
const payload = async (request: Request) => {
  reached.push(request)
  return Response.json({ ok: true, body: await request.text() })
}

const post = (body: BodyInit | null, type?: string, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/members', { method: 'POST', body, headers: { ...(type ? { 'Content-Type': type } : {}), ...headers } })

const errorOf = async (response: Response) => ((await response.json()) as { errors: { message: string }[] }).errors[0]?.message

describe('the REST door', () => {
  const rest = guardRest(payload)

  it('passes JSON objects, empty bodies and readable forms on to Payload, body intact', async () => {
    const json = await rest(post('{"name":"Anna"}', 'application/json'), {})
    expect(await json.json()).toEqual({ ok: true, body: '{"name":"Anna"}' })
    expect((await rest(post(null), {})).status).toBe(200)
    const form = new FormData()
    form.set('_payload', '{"name":"Anna"}')
    expect((await rest(new Request('http://localhost/api/members', { method: 'POST', body: form }), {})).status).toBe(200)
    expect((await rest(new Request('http://localhost/api/members'), {})).status).toBe(200)
    // The admin's long queries: a GET sent as a POST with the query string as a form.
    const readByPost = post('where%5Bid%5D%5Bin%5D=1,2&limit=10', 'application/x-www-form-urlencoded', { 'X-Payload-HTTP-Method-Override': 'GET' })
    expect((await rest(readByPost, {})).status).toBe(200)
  })

  it('refuses what Payload would stumble on, with a clear 4xx', async () => {
    const before = reached.length
    const cases: [Request, number, RegExp][] = [
      [post('null', 'application/json'), 400, /JSON-objekt/],
      [post('"a string"', 'application/json'), 400, /JSON-objekt/],
      [post('[1,2]', 'application/json'), 400, /JSON-objekt/],
      [post('{"name":', 'application/json'), 400, /inte giltig JSON/],
      [post('hello', 'text/plain'), 415, /application\/json/],
      [post('name=x', 'application/x-www-form-urlencoded'), 415, /application\/json/],
      [post('<a/>', 'application/xml'), 415, /application\/json/],
      [post('--zzz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"name', 'multipart/form-data; boundary=zzz'), 400, /Formuläret/],
      [post('x', 'multipart/form-data; boundary=zzz', { 'Content-Length': String(11 * 1024 * 1024) }), 413, /Största tillåtna storlek är 10 MB/],
      [post(`{"x":"${'a'.repeat(3 * 1024 * 1024)}"}`, 'application/json'), 413, /för stort/],
    ]
    for (const [request, status, message] of cases) {
      const response = await rest(request, {})
      expect(response.status).toBe(status)
      expect(await errorOf(response)).toMatch(message)
    }
    expect(reached.length).toBe(before)
  })
})

describe('a path that takes larger bodies', () => {
  const rest = guardRest(payload, { '/api/subscriber-imports': 8 * 1024 * 1024 })
  const big = `{"csv":"${'a'.repeat(3 * 1024 * 1024)}"}`

  it('takes a body up to its own limit there, and keeps the usual limit elsewhere', async () => {
    const at = (url: string) => new Request(url, { method: 'POST', body: big, headers: { 'Content-Type': 'application/json' } })
    expect((await rest(at('http://localhost/api/subscriber-imports'), {})).status).toBe(200)
    expect((await rest(at('http://localhost/api/subscriber-imports/7'), {})).status).toBe(200)
    const elsewhere = await rest(at('http://localhost/api/members'), {})
    expect(elsewhere.status).toBe(413)
    const over = await rest(new Request('http://localhost/api/subscriber-imports', { method: 'POST', body: `{"csv":"${'a'.repeat(9 * 1024 * 1024)}"}`, headers: { 'Content-Type': 'application/json' } }), {})
    expect(over.status).toBe(413)
    expect(await errorOf(over)).toMatch(/8 MB för övrigt/)
  })
})

describe('the GraphQL door', () => {
  const suggesting = async () => Response.json({ errors: [{ message: 'Cannot query field "titl" on type "Article". Did you mean "title"?' }] })

  it('drops the "Did you mean" hints that spell out the schema', async () => {
    const response = await guardGraphql(suggesting)(post('{"query":"{ Articles { docs { titl } } }"}', 'application/json'))
    expect(await errorOf(response)).toBe('Cannot query field "titl" on type "Article".')
    expect(withoutSuggestions('Unknown type "Artcle". Did you mean "Article" or "Articles"?')).toBe('Unknown type "Artcle".')
  })

  it('refuses bodies that are not a GraphQL operation', async () => {
    const graphql = guardGraphql(payload)
    for (const body of ['{"query": "{', '{"nothing": true}', '', 'null']) {
      expect((await graphql(post(body, 'application/json'))).status, body).toBe(400)
    }
    expect((await graphql(post(`{"query":"${'a'.repeat(3 * 1024 * 1024)}"}`, 'application/json'))).status).toBe(413)
  })
})
