import { block, bulletList, link, paragraph, richText, type Inline, type RichText } from '@/content/richText/build'
import { safeHref } from '@/lib/safeUrl'

import type { Line, Part } from './model'

/**
 * A line's words with its links where the web version had them: only addresses that pass the
 * site's safe-URL rule become links, so the rich text holds nothing the editor could not make.
 */
export function inlineOf(line: Line): Inline[] {
  const out: Inline[] = []
  let rest = line.text
  for (const found of line.links) {
    const url = found.url ? safeHref(found.url) : null
    const at = url ? rest.indexOf(found.label) : -1
    if (!url || at === -1) continue
    if (at > 0) out.push(rest.slice(0, at))
    out.push(link(url, found.label))
    rest = rest.slice(at + found.label.length)
  }
  if (rest) out.push(rest)
  return out
}

/** An item's body as the editor's rich text: paragraphs, lists, the TIPS box and the member list. */
export function bodyOf(parts: Part[]): RichText | null {
  if (parts.length === 0) return null
  return richText(
    ...parts.map((part) => {
      switch (part.kind) {
        case 'paragraph':
          return paragraph(...inlineOf(part.line))
        case 'list':
          return bulletList(...part.lines.map(inlineOf))
        case 'memberList':
          return block('memberList', { intro: part.intro })
        case 'tips':
          return block('tips', { heading: part.heading, content: richText(...part.lines.map((l) => paragraph(...inlineOf(l)))) })
      }
    }),
  )
}

/** Paragraphs of plain text (an event's description from its lead and body). */
export const paragraphsOf = (lines: Line[]): RichText | null => (lines.length > 0 ? richText(...lines.map((l) => paragraph(...inlineOf(l)))) : null)
