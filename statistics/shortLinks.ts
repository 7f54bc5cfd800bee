/**
 * A send's e-mail with each of its links replaced by a short link on the site (`/l/<send>/<n>`),
 * the same for every recipient: no token, no address, nothing that tells one reader from another.
 * Done once, when the send is queued; the addresses are kept (`send_links`), so a short link answers
 * only what its send really linked to — never an address someone makes up (no open redirect).
 *
 * The HTML is parsed (parse5, with the source position of every attribute) and only the `href`
 * values are replaced, in place: every other byte of the e-mail is the one the editor approved.
 * The text version has the same addresses written out; each is replaced by its short link.
 */
import { parse } from 'parse5'

import { absoluteUrl, routes } from '@/lib/routes'

export type SendLink = { n: number; url: string; label: string }

export type Shortened = { html: string; text: string; links: SendLink[] }

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node; value?: string; sourceCodeLocation?: { attrs?: Record<string, { startOffset: number; endOffset: number }> } }

/** Only web addresses are counted: a mailto, a placeholder (the personal unsubscribe link) or a fragment stays as it is. */
const countable = (href: string): boolean => /^https?:\/\//i.test(href.trim())

const textOf = (node: Node): string => (node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(textOf).join(''))

function* anchors(node: Node): Generator<Node> {
  if (node.nodeName === 'a') yield node
  for (const child of node.childNodes ?? []) yield* anchors(child)
  if (node.content) yield* anchors(node.content)
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * In one pass (a short link is never read again as an address), the longest address first, and
 * only where the address ends (a space, a bracket, a quote, the end): one address that begins a
 * longer one is not replaced inside it.
 */
function replaceInText(text: string, byUrl: Map<string, SendLink>, sending: number, siteUrl: string): string {
  if (byUrl.size === 0) return text
  const urls = [...byUrl.keys()].sort((a, b) => b.length - a.length)
  const pattern = new RegExp(`(?:${urls.map(escapeRegExp).join('|')})(?=$|[\\s\\])>"'<])`, 'g')
  return text.replace(pattern, (url) => absoluteUrl(siteUrl, routes.shortLink(sending, byUrl.get(url)?.n ?? 0)))
}

export function shortenLinks(html: string, text: string, sending: number, siteUrl: string): Shortened {
  const document = parse(html, { sourceCodeLocationInfo: true }) as unknown as Node
  const byUrl = new Map<string, SendLink>()
  const edits: { start: number; end: number; replacement: string }[] = []
  for (const anchor of anchors(document)) {
    const href = anchor.attrs?.find((a) => a.name === 'href')?.value
    const at = anchor.sourceCodeLocation?.attrs?.href
    if (!href || !at || !countable(href)) continue
    const url = href.trim()
    let link = byUrl.get(url)
    if (!link) {
      link = { n: byUrl.size + 1, url, label: textOf(anchor).replace(/\s+/g, ' ').trim().slice(0, 200) }
      byUrl.set(url, link)
    }
    edits.push({ start: at.startOffset, end: at.endOffset, replacement: `href="${escapeAttribute(absoluteUrl(siteUrl, routes.shortLink(sending, link.n)))}"` })
  }
  let shortHtml = html
  for (const edit of edits.sort((a, b) => b.start - a.start)) shortHtml = shortHtml.slice(0, edit.start) + edit.replacement + shortHtml.slice(edit.end)
  return { html: shortHtml, text: replaceInText(text, byUrl, sending, siteUrl), links: [...byUrl.values()] }
}
