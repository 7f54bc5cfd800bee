import http from 'node:http'

const port = Number(process.env.E2E_PORT ?? 3100)

type TextAnswer = { status: number; headers: http.IncomingHttpHeaders; text: string }
export type Answer = { status: number; headers: http.IncomingHttpHeaders; json: { errors?: { message: string }[]; token?: string; data?: unknown } }

/**
 * A request from a loopback address of its own (127.0.0.2, 127.0.0.3, …: every 127/8 address
 * reaches this machine), as if from another client: the server tells clients apart by the socket,
 * not by anything a client can write in a header.
 */
function requestFrom(address: string, method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<TextAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path, method, localAddress: address, headers }, (response) => {
      let text = ''
      response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }))
    })
    request.on('error', reject)
    request.end(body)
  })
}

/** A JSON POST from a loopback address of its own; the answer parsed. */
export async function postFrom(address: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const answer = await requestFrom(address, 'POST', path, JSON.stringify(body), { 'Content-Type': 'application/json', ...headers })
  return { status: answer.status, headers: answer.headers, json: answer.text ? JSON.parse(answer.text) : {} }
}

/** A form POST (as a browser sends one) from a loopback address of its own. */
export const postFormFrom = (address: string, path: string, fields: Record<string, string>): Promise<TextAnswer> =>
  requestFrom(address, 'POST', path, new URLSearchParams(fields).toString(), { 'Content-Type': 'application/x-www-form-urlencoded' })

/** A GET from a loopback address of its own. */
export const getFrom = (address: string, path: string): Promise<TextAnswer> => requestFrom(address, 'GET', path)
