/** More result pages than anyone reads; a larger "sida" is a made-up link, not a reader. */
const MAX_PAGE = 999

/** The "sida" of a search URL as a page number: anything but a plain 1–999 means page 1. */
export function toPageNumber(value: string | string[] | undefined): number {
  const text = Array.isArray(value) ? value[0] : value
  if (!text || !/^[1-9]\d{0,2}$/.test(text)) return 1
  return Math.min(Number(text), MAX_PAGE)
}
