/**
 * A request body as text, read only as far as `limit` bytes: past that the reading stops and the
 * answer is null, so an oversized body is refused without being held in memory. Invalid UTF-8
 * becomes U+FFFD, as a browser's decoder does.
 */
export async function readLimited(request: Request, limit: number): Promise<string | null> {
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}
