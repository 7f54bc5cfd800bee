/**
 * The body of a reader's form POST, read with a limit: what a sign-up or unsubscribe form sends
 * is a few hundred bytes, so anything past 16 KB, of another type or malformed is refused with a
 * 4xx before it is parsed.
 */
import { readLimited } from '@/lib/http/readLimited'

export const MAX_FORM_BYTES = 16 * 1024

export type FormRead = { ok: true; form: URLSearchParams } | { ok: false; status: 400 | 413 | 415; message: string }

export async function readForm(request: Request): Promise<FormRead> {
  const given = request.headers.get('content-type') ?? ''
  // The media type is compared without case; its parameters keep theirs (a multipart boundary is case-sensitive).
  const type = given.toLowerCase()
  if (Number(request.headers.get('content-length') ?? 0) > MAX_FORM_BYTES) return { ok: false, status: 413, message: 'Formuläret är för stort.' }
  if (type.startsWith('application/x-www-form-urlencoded') || type === '') {
    const text = await readLimited(request, MAX_FORM_BYTES)
    if (text === null) return { ok: false, status: 413, message: 'Formuläret är för stort.' }
    return { ok: true, form: new URLSearchParams(text) }
  }
  if (type.startsWith('multipart/form-data')) {
    // RFC 8058 allows a one-click POST as multipart/form-data too.
    const text = await readLimited(request, MAX_FORM_BYTES)
    if (text === null) return { ok: false, status: 413, message: 'Formuläret är för stort.' }
    try {
      const data = await new Response(text, { headers: { 'Content-Type': given } }).formData()
      const form = new URLSearchParams()
      for (const [name, value] of data) if (typeof value === 'string') form.append(name, value)
      return { ok: true, form }
    } catch {
      return { ok: false, status: 400, message: 'Formuläret kunde inte läsas.' }
    }
  }
  return { ok: false, status: 415, message: 'Formuläret ska skickas som application/x-www-form-urlencoded.' }
}
