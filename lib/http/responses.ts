/** Small, explicit responses for route handlers: a clear Swedish message, never a stack trace. */
export const textResponse = (body: string, status = 200, headers: HeadersInit = {}): Response =>
  new Response(body.endsWith('\n') ? body : `${body}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers },
  })

/**
 * A refusal in the shape Payload's API uses for its errors ({ errors: [{ message }] }), which the
 * admin shows as it shows Payload's own: for the API's door and the collections' own endpoints.
 */
export const apiRefusal = (status: number, message: string): Response =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

export const htmlResponse = (html: string, headers: HeadersInit = {}): Response =>
  new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers } })

/** `attachment; filename=…` with an ASCII name and the exact one for clients that read UTF-8. */
export const attachment = (filename: string): HeadersInit => ({
  'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
  'Cache-Control': 'private, no-store',
})
