import { parse, serialize, type DefaultTreeAdapterTypes as T } from 'parse5'

import { safeHref } from '@/lib/safeUrl'

import { blocksFromHtml } from './blocksFromHtml'
import { isToolLine } from './palomaLines'

/**
 * An imported original as the record keeps it: what was sent, minus what must never run or
 * follow anyone — scripts, frames, forms and event handlers out, `javascript:` and other unsafe
 * addresses out, tracking pixels out, and the sending tool's own links (the reader's unsubscribe
 * link, the web-version link, Paloma's trap link) left as words without an address, so nothing
 * of the person whose inbox it came from is published.
 */
const DROP = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'base', 'applet', 'noscript', 'template', 'link'])

const textOf = (node: T.ChildNode): string =>
  node.nodeName === '#text' ? (node as T.TextNode).value : 'childNodes' in node ? (node as T.Element).childNodes.map(textOf).join('') : ''

function clean(node: T.ParentNode): void {
  node.childNodes = node.childNodes.filter((child) => {
    if (!('tagName' in child)) return child.nodeName !== '#comment'
    const element = child as T.Element
    if (DROP.has(element.tagName)) return false
    if (element.tagName === 'meta' && element.attrs.some((a) => a.name === 'http-equiv')) return false
    if (element.tagName === 'img') {
      const size = (name: string) => Number(element.attrs.find((a) => a.name === name)?.value ?? NaN)
      if (size('width') <= 4 || size('height') <= 4) return false
    }
    element.attrs = element.attrs.filter((a) => {
      if (/^on/i.test(a.name) || a.name === 'srcdoc' || a.name === 'formaction') return false
      if (a.name === 'href') return element.tagName === 'a' && safeHref(a.value) !== null && !isToolLine(textOf(element).replace(/\s+/g, ' '))
      if (a.name === 'src' || a.name === 'background') return /^https:\/\//i.test(a.value.trim())
      return !/^\s*(?:javascript|vbscript|data):/i.test(a.value)
    })
    clean(element)
    return true
  })
  if ('content' in node && node.content) clean(node.content as T.ParentNode)
}

/** The original's words, a block to a paragraph: the record's text version of an imported original. */
export function originalText(html: string): string {
  return blocksFromHtml(html)
    .blocks.flatMap((block) => (block.kind === 'lines' ? [block.lines.map((l) => (l.link?.url ? `${l.text} (${l.link.url})` : l.text)).join('\n')] : []))
    .join('\n\n')
}

export function cleanOriginal(html: string): string {
  const document = parse(html)
  clean(document)
  return serialize(document)
}
