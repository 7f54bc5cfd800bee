/** Plain-text conventions (the e-mail's text version, calendar descriptions): links in parentheses, underlined headings. */

/** "Här kan du läsa rapporten (https://www.ivl.se/)"; the address alone when it is the text. */
export function linked(label: string, href: string | null): string {
  if (!href || href === label || href === `mailto:${label}`) return label
  return `${label} (${href})`
}

// The rule stops at 72 characters, the width most plain-text readers wrap at.
export const underlined = (text: string, mark: '=' | '-'): string => `${text}\n${mark.repeat(Math.min(text.length, 72))}`

export const bulleted = (lines: string[]): string[] => lines.map((line) => `- ${line}`)

/** Paragraphs of the text version are separated by one empty line; empty parts disappear. */
export const paragraphs = (parts: (string | null | undefined)[]): string =>
  parts.filter((part): part is string => typeof part === 'string' && part.trim().length > 0).join('\n\n')
