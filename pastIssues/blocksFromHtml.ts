import { parse, type DefaultTreeAdapterTypes as T } from 'parse5'

import { safeHref } from '@/lib/safeUrl'

import { asLines, type Block, type FoundLink, type Line } from './model'

/**
 * A saved web version or an e-mail's HTML, parsed by parse5 (never a pattern over the markup),
 * walked in reading order into blocks: each paragraph, heading, cell or list is a block, `<br>`
 * a new line, an empty `&nbsp;` paragraph Paloma's gap. Scripts, styles and hidden text are never
 * read; a link keeps its address only when it passes the site's safe-URL rule.
 */
const SKIP = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'button', 'select', 'textarea'])
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'blockquote', 'section', 'article', 'header', 'footer', 'center', 'hr', 'dl', 'dt', 'dd', 'address', 'main', 'body'])
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const BOLD = new Set(['strong', 'b'])

type Element = T.Element
type ChildNode = T.ChildNode

const attr = (node: Element, name: string): string | undefined => node.attrs.find((a) => a.name === name)?.value
const hidden = (node: Element): boolean => /display\s*:\s*none|visibility\s*:\s*hidden|max-height\s*:\s*0/i.test(attr(node, 'style') ?? '') || attr(node, 'hidden') !== undefined || attr(node, 'aria-hidden') === 'true'

export type HtmlRead = { blocks: Block[]; unsafeLinks: number }

export function blocksFromHtml(html: string): HtmlRead {
  const blocks: Block[] = []
  let lines: Line[] = []
  let text = ''
  let bold = 0
  let boldChars = 0
  let nbsp = false
  let heading = false
  let links: FoundLink[] = []
  let unsafeLinks = 0
  const listDepth: Line[][] = []

  const endLine = () => {
    const clean = text.replace(/[\s\u00a0]+/g, ' ').trim()
    if (clean) {
      const whole = links.length === 1 && links[0]?.label === clean ? links[0] : undefined
      lines.push({ text: clean, links, ...(whole ? { link: whole } : {}) })
    }
    text = ''
    links = []
  }
  const endBlock = (list = false) => {
    endLine()
    const some = asLines(lines)
    if (some) {
      const allBold = boldChars > 0 && boldChars >= some.map((l) => l.text.length).reduce((a, b) => a + b, 0) * 0.9
      blocks.push({ kind: 'lines', lines: some, heading: heading || (allBold && some.length === 1), list })
    } else if (nbsp) blocks.push({ kind: 'spacer' })
    lines = []
    boldChars = 0
    nbsp = false
    heading = false
  }

  const walk = (node: ChildNode): void => {
    if (node.nodeName === '#text') {
      const value = (node as T.TextNode).value
      if (/\u00a0/.test(value) && !value.replace(/[\s\u00a0]/g, '')) nbsp = true
      text += value
      if (bold > 0) boldChars += value.replace(/[\s\u00a0]+/g, ' ').trim().length
      return
    }
    if (!('tagName' in node)) return
    const element = node as Element
    const tag = element.tagName
    if (SKIP.has(tag) || hidden(element)) return
    if (tag === 'br') return endLine()
    if (tag === 'img') return image(element)
    if (tag === 'ul' || tag === 'ol') {
      endBlock()
      listDepth.push([])
      element.childNodes.forEach(walk)
      endLine()
      const items = listDepth.pop() ?? []
      lines = [...items, ...lines]
      return endBlock(true)
    }
    if (tag === 'li') {
      endLine()
      const before = lines
      lines = []
      element.childNodes.forEach(walk)
      endLine()
      const text = lines.map((l) => l.text).join(' ')
      const own = lines.flatMap((l) => l.links)
      const whole = own.length === 1 && own[0]?.label === text ? own[0] : undefined
      if (text) listDepth.at(-1)?.push({ text, links: own, ...(whole ? { link: whole } : {}) })
      lines = before
      return
    }
    if (tag === 'a') {
      const start = text.length
      element.childNodes.forEach(walk)
      const label = text.slice(start).replace(/[\s\u00a0]+/g, ' ').trim()
      const href = attr(element, 'href')?.trim()
      if (label) {
        const url = href ? safeHref(href) : null
        if (href && !url && !href.startsWith('#')) unsafeLinks += 1
        links.push({ label, ...(url ? { url } : {}) })
      }
      return
    }
    const isBlock = BLOCK.has(tag)
    if (isBlock) endBlock()
    if (HEADINGS.has(tag)) heading = true
    if (BOLD.has(tag)) bold += 1
    element.childNodes.forEach(walk)
    if (BOLD.has(tag)) bold -= 1
    if (isBlock) endBlock()
  }

  const image = (element: Element) => {
    const src = attr(element, 'src') ?? ''
    const width = Number(attr(element, 'width') ?? NaN)
    const height = Number(attr(element, 'height') ?? NaN)
    // A tracking pixel or a spacer image is not a photo.
    if ((width > 0 && width <= 4) || (height > 0 && height <= 4) || /spacer|pixel|track|open\.gif/i.test(src)) return
    endBlock()
    blocks.push({ kind: 'image', alt: (attr(element, 'alt') ?? '').trim(), ...(/^https?:\/\//i.test(src) ? { src } : {}) })
  }

  const document = parse(html)
  document.childNodes.forEach(walk)
  endBlock()
  return { blocks, unsafeLinks }
}
