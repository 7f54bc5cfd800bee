export const ALLOWED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

type Verdict = { ok: true } | { ok: false; status: 413 | 415; message: string }

/**
 * Judges an upload by its content, not by its name: the first bytes must say JPEG, PNG, WebP
 * or AVIF. `detected` is what file-type read from those bytes (undefined when it knew nothing).
 */
export function judgeUpload(size: number, detected: string | undefined): Verdict {
  if (size > MAX_UPLOAD_BYTES) {
    const megabytes = (size / 1024 / 1024).toLocaleString('sv-SE', { maximumFractionDigits: 1 })
    return { ok: false, status: 413, message: `Bilden är för stor (${megabytes} MB). Största tillåtna storlek är 10 MB.` }
  }
  if (!detected || !(ALLOWED_IMAGE_TYPES as readonly string[]).includes(detected)) {
    return {
      ok: false,
      status: 415,
      message: 'Filen är inte en bild som kan användas. Ladda upp en JPEG-, PNG-, WebP- eller AVIF-bild.',
    }
  }
  return { ok: true }
}

/** Invisible characters that can reorder or hide a name (U+202E shows "gpj.exe" as "exe.jpg"). */
const CONTROL_OR_FORMAT = /[\p{Cc}\p{Cf}]/gu

/**
 * The name an upload is stored under: the uploader's base name without control, format or path
 * characters, and the extension of the type its bytes really are ("bild.html" that is a PNG → "bild.png").
 */
export function cleanUploadName(name: string, extension: string): string {
  const base = (name.split(/[/\\]/).at(-1) ?? '')
    .normalize('NFC')
    .replace(CONTROL_OR_FORMAT, '')
    .replace(/\.[^.]*$/, '')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
  return `${base || 'bild'}.${extension}`
}
