/**
 * Small readers of rendered HTML for the e-mail's tests: what a reader sees, which links and
 * headings there are. Regular expressions suffice because React writes the markup predictably.
 */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16))
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10))
    return NAMED[entity.toLowerCase()] ?? whole
  })
}

/** The lines a reader sees: no head, no hidden preheader, one line per paragraph, heading or list item. */
export function visibleLines(html: string): string[] {
  const body = html
    .replace(/<head>[\s\S]*?<\/head>/, '')
    .replace(/<div[^>]*data-skip-in-text="true"[^>]*>[\s\S]*?<\/div><\/div>/, '')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<\/(p|h[1-6]|li|td|div|blockquote)>/g, '\n')
    .replace(/<[^>]+>/g, '')
  return decodeEntities(body)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
}

/** Every value of one attribute anywhere in the document, decoded. */
export const attributeValues = (html: string, name: string): string[] =>
  [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'gi'))].map((match) => decodeEntities(match[1] ?? ''))

/** The opening tags of one element, e.g. every `<img …>`. */
export const openingTags = (html: string, name: string): string[] => [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'gi'))].map((match) => match[0])

export const headingOutline = (html: string): { level: number; text: string }[] =>
  [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((match) => ({
    level: Number(match[1]),
    text: decodeEntities((match[2] ?? '').replace(/<[^>]+>/g, '')),
  }))

/** The href of the link whose visible text is exactly `text`, or undefined. */
export function hrefOf(html: string, text: string): string | undefined {
  const links = [...html.matchAll(/<a\b[^>]*\shref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)]
  const found = links.find((match) => decodeEntities((match[2] ?? '').replace(/<[^>]+>/g, '')) === text)
  return found ? decodeEntities(found[1] ?? '') : undefined
}
