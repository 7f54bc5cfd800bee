import http from 'node:http'

const port = Number(process.env.E2E_PORT ?? 3100)

export type Answer = { status: number; headers: http.IncomingHttpHeaders; json: { errors?: { message: string }[]; token?: string; data?: unknown } }

/**
 * A POST from a loopback address of its own (127.0.0.2, 127.0.0.3, …: every 127/8 address reaches
 * this machine), as if from another client: the server tells clients apart by the socket, not by
 * anything a client can write in a header.
 */
export function postFrom(address: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path, method: 'POST', localAddress: address, headers: { 'Content-Type': 'application/json', ...headers } },
      (response) => {
        let text = ''
        response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, json: text ? JSON.parse(text) : {} }))
      },
    )
    request.on('error', reject)
    request.end(JSON.stringify(body))
  })
}

/** A form POST (as a browser sends one) from a loopback address of its own; the answer's status, headers and text. */
export function postFormFrom(address: string, path: string, fields: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path, method: 'POST', localAddress: address, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
      (response) => {
        let text = ''
        response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }))
      },
    )
    request.on('error', reject)
    request.end(new URLSearchParams(fields).toString())
  })
}

/** A GET from a loopback address of its own; the answer's status, headers and text. */
export function getFrom(address: string, path: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path, method: 'GET', localAddress: address }, (response) => {
      let text = ''
      response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }))
    })
    request.on('error', reject)
    request.end()
  })
}
