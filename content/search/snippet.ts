/**
 * Highlighted snippets from ts_headline, made safe for HTML. PostgreSQL marks the matched words
 * with characters from Unicode's private use area, which editors do not type (and which the
 * query strips from the text before ts_headline sees it); the whole snippet is then escaped and
 * only those markers become <mark> elements. So text such as "<script>" is shown, never run.
 */
import { escapeHtml } from '@/lib/escapeHtml'

const HIGHLIGHT_START = '\uE000'
const HIGHLIGHT_STOP = '\uE001'
/*
 * ts_headline reads its text as HTML and drops anything that looks like a tag ("<b>",
 * "<script>…</script>"). The text here is plain text an editor typed, so "<" and ">" are
 * swapped for two more private-use characters before ts_headline and turned back after it.
 */
const LESS_THAN = '\uE002'
const GREATER_THAN = '\uE003'

/** For SQL translate(text, from, to): "<" and ">" become the stand-ins, the markers are removed. */
export const SNIPPET_TRANSLATE_FROM = `<>${HIGHLIGHT_START}${HIGHLIGHT_STOP}${LESS_THAN}${GREATER_THAN}`
export const SNIPPET_TRANSLATE_TO = `${LESS_THAN}${GREATER_THAN}`

/** Options for ts_headline: up to two passages of 10–30 words around the matches. */
export const HEADLINE_OPTIONS = [
  `StartSel=${HIGHLIGHT_START}`,
  `StopSel=${HIGHLIGHT_STOP}`,
  'MaxFragments=2',
  'MaxWords=30',
  'MinWords=10',
  'FragmentDelimiter=" … "',
].join(', ')

const HIGHLIGHTED = new RegExp(`${HIGHLIGHT_START}([^${HIGHLIGHT_START}${HIGHLIGHT_STOP}]*)${HIGHLIGHT_STOP}`, 'gu')
const STRAY_MARKER = new RegExp(`[${HIGHLIGHT_START}${HIGHLIGHT_STOP}]`, 'gu')

/** A ts_headline result as HTML: escaped text with <mark> around the matches. */
export function snippetToHtml(headline: string): string {
  return escapeHtml(headline)
    .replaceAll(LESS_THAN, '&lt;')
    .replaceAll(GREATER_THAN, '&gt;')
    .replace(HIGHLIGHTED, '<mark>$1</mark>')
    .replace(STRAY_MARKER, '')
    .replace(/\s+/g, ' ')
    .trim()
}
