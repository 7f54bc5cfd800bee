import { FetchRefused, safeFetch, type FetchRules } from '@/lib/http/safeFetch'

import { LIMITS, type ReadIssue } from './model'

export type Image = { data: Buffer; mimetype: string; name: string; size: number }

/** Each photo of a reading, fetched before any draft is made: the file, or why not. */
export type Images = Map<string, Image | { error: string }>

const nameOf = (url: string, type: string): string => {
  const raw = new URL(url).pathname.split('/').pop() ?? ''
  let last: string
  try {
    last = decodeURIComponent(raw)
  } catch {
    last = raw
  }
  last = last.replace(/[^\p{L}\d._-]+/gu, '-') || 'bild'
  const extension = type.split('/')[1]?.replace('jpeg', 'jpg') ?? 'jpg'
  return /\.[a-z0-9]{2,4}$/i.test(last) ? last : `${last}.${extension}`
}

/**
 * The items' photos under the same rules as a web version (https, public addresses, no cookies),
 * one at a time, at most 10 MB each and only JPEG, PNG, WebP or AVIF (the media library checks
 * the bytes again). Fetched outside the drafts' transaction: a slow image server holds no lock.
 */
export async function fetchImages(issue: ReadIssue, rules: FetchRules = {}): Promise<Images> {
  const images: Images = new Map()
  const sources = new Set(issue.sections.flatMap((s) => s.items.flatMap((i) => (i.image?.src ? [i.image.src] : []))))
  for (const src of sources) {
    try {
      const fetched = await safeFetch(src, { accept: /^image\/(?:jpeg|png|webp|avif)\b/i, acceptLabel: 'en bild (JPEG, PNG, WebP eller AVIF)', maxBytes: LIMITS.imageBytes, timeoutMs: LIMITS.fetchMs, rules })
      if (fetched.status !== 200) throw new FetchRefused(`Sidan svarade ${fetched.status}.`)
      const mimetype = fetched.contentType.split(';')[0]?.trim().toLowerCase() ?? 'image/jpeg'
      images.set(src, { data: Buffer.from(fetched.bytes), mimetype, name: nameOf(fetched.url, mimetype), size: fetched.bytes.byteLength })
    } catch (error) {
      if (!(error instanceof FetchRefused)) throw error
      images.set(src, { error: error.message })
    }
  }
  return images
}
