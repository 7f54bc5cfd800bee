/** Small, explicit responses for route handlers: a clear Swedish message, never a stack trace. */
export const textResponse = (body: string, status = 200, headers: HeadersInit = {}): Response =>
  new Response(body.endsWith('\n') ? body : `${body}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers },
  })

export const htmlResponse = (html: string, headers: HeadersInit = {}): Response =>
  new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers } })

/** `attachment; filename=…` with an ASCII name and the exact one for clients that read UTF-8. */
export const attachment = (filename: string): HeadersInit => ({
  'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
  'Cache-Control': 'private, no-store',
})
