import { parse, serialize, type DefaultTreeAdapterTypes as T } from 'parse5'

import { safeHref } from '@/lib/safeUrl'

import { blocksFromHtml } from './blocksFromHtml'
import { isToolLine, isToolLink } from './palomaLines'

/**
 * An imported original as the record keeps it: what was sent, minus what must never run or
 * follow anyone — scripts, frames, forms, SVG and MathML, event handlers out, unsafe addresses
 * out, tracking pixels out, and the sending tool's own links (the reader's unsubscribe link, the
 * web-version link, Paloma's trap link) left as words without an address, so nothing of the
 * person whose inbox it came from is published.
 */
const DROP = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'base', 'applet', 'noscript', 'template', 'link', 'svg', 'math'])
const PIXEL = /spacer|pixel|track|open\.gif|beacon/i

const textOf = (node: T.ChildNode): string =>
  node.nodeName === '#text' ? (node as T.TextNode).value : 'childNodes' in node ? (node as T.Element).childNodes.map(textOf).join('') : ''
const words = (node: T.ChildNode) => textOf(node).replace(/\s+/g, ' ').trim()
/** What a browser reads as the scheme: tabs, newlines and control characters are dropped first. */
const scheme = (value: string) => value.replace(/[\s\p{Cc}]+/gu, '').toLowerCase()
const tiny = (element: T.Element): boolean => {
  const size = (name: string) => Number.parseFloat(element.attrs.find((a) => a.name === name)?.value ?? 'NaN')
  const style = element.attrs.find((a) => a.name === 'style')?.value ?? ''
  const styled = [...style.matchAll(/(?:^|;)\s*(?:width|height)\s*:\s*([\d.]+)px/gi)].map((m) => Number(m[1]))
  return size('width') <= 4 || size('height') <= 4 || styled.some((n) => n <= 4) || PIXEL.test(element.attrs.find((a) => a.name === 'src')?.value ?? '')
}

function clean(node: T.ParentNode, block: string): void {
  node.childNodes = node.childNodes.filter((child) => {
    if (!('tagName' in child)) return child.nodeName !== '#comment'
    const element = child as T.Element
    if (DROP.has(element.tagName)) return false
    if (element.tagName === 'meta' && element.attrs.some((a) => a.name === 'http-equiv')) return false
    if (element.tagName === 'img' && tiny(element)) return false
    // A link's own words and those of its paragraph: "Avregistrera dig <a>här</a>" is the tool's too.
    const around = ['p', 'div', 'td', 'li', 'span'].includes(element.tagName) ? words(element) : block
    element.attrs = element.attrs.filter((a) => {
      if (/^on/i.test(a.name) || a.name === 'srcdoc' || a.name === 'formaction' || a.name === 'xlink:href') return false
      if (a.name === 'href') return element.tagName === 'a' && safeHref(a.value) !== null && !isToolLink(a.value) && !isToolLine(words(element)) && !isToolLine(around)
      if (a.name === 'src' || a.name === 'background') return /^https:\/\//i.test(a.value.trim())
      return !/^(?:javascript|vbscript|data):/.test(scheme(a.value))
    })
    clean(element, around)
    return true
  })
  if ('content' in node && node.content) clean(node.content as T.ParentNode, block)
}

/** The original's words, a block to a paragraph, without the sending tool's lines: the record's text version. */
export function originalText(html: string): string {
  return blocksFromHtml(html)
    .blocks.flatMap((block) => {
      if (block.kind !== 'lines') return []
      const lines = block.lines.filter((l) => !isToolLine(l.text)).map((l) => (l.link?.url && !isToolLink(l.link.url) ? `${l.text} (${l.link.url})` : l.text))
      return lines.length > 0 ? [lines.join('\n')] : []
    })
    .join('\n\n')
}

export function cleanOriginal(html: string): string {
  const document = parse(html)
  clean(document, '')
  return serialize(document)
}
