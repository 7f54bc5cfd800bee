/**
 * What a saved rich text may contain: exactly what the configured editor offers (fields/richText.ts).
 * The editor is one way in; the API takes any JSON, and Lexical's own validation checks the nodes it
 * knows without refusing the ones it does not (an `upload` node with a `javascript:` address, a text
 * node with an inline style). Anything else is refused on save, so no renderer ever meets it.
 */
import { safeHref } from '@/lib/safeUrl'

type Node = { type?: unknown; children?: unknown; fields?: Record<string, unknown>; [key: string]: unknown }

export type AllowedNodes = {
  /** Node types besides root, paragraph, text, linebreak and tab (which every text may have). */
  types: readonly string[]
  headingTags?: readonly string[]
  blocks?: readonly string[]
  /** Collections an internal link may point to. */
  linkCollections?: readonly string[]
}

const ALWAYS = ['root', 'paragraph', 'text', 'linebreak', 'tab']
const MAX_DEPTH = 40

const offered = (what: string) =>
  `Texten innehåller ${what}, som redigeraren inte erbjuder. Ta bort det (klistra in texten utan formatering) och spara igen.`

function linkProblem(fields: Record<string, unknown> | undefined, allowed: AllowedNodes): string | null {
  if (fields?.linkType === 'internal') {
    const relationTo = (fields.doc as { relationTo?: unknown } | undefined)?.relationTo
    return typeof relationTo === 'string' && allowed.linkCollections?.includes(relationTo) ? null : offered('en intern länk till något annat än en artikel, ett evenemang eller en referensgrupp')
  }
  return safeHref(fields?.url) ? null : 'En länk i texten måste börja med https://, http:// eller mailto:.'
}

function nodeProblem(node: Node, allowed: AllowedNodes): string | null {
  const type = typeof node.type === 'string' ? node.type : ''
  if (!ALWAYS.includes(type) && !allowed.types.includes(type)) return offered(type ? `något av typen "${type}"` : 'något utan typ')
  if (type === 'text' && (typeof node.text !== 'string' || (node.style !== undefined && node.style !== ''))) return offered('text med egen stil')
  if (type === 'heading' && !allowed.headingTags?.includes(String(node.tag))) return offered(`en rubrik av nivån "${String(node.tag)}"`)
  if (type === 'link' || type === 'autolink') return linkProblem(node.fields, allowed)
  if (type === 'block' && !allowed.blocks?.includes(String(node.fields?.blockType))) return offered(`blocket "${String(node.fields?.blockType)}"`)
  return null
}

/** The first thing in the value that the editor does not offer, as a message for the editor; null when none. */
export function richTextProblem(value: unknown, allowed: AllowedNodes): string | null {
  if (value === null || value === undefined) return null
  const root = (value as { root?: Node }).root
  if (typeof root !== 'object' || root === null || root.type !== 'root') return 'Texten är inte sparad i redigerarens format.'
  const walk = (node: Node, depth: number): string | null => {
    if (depth > MAX_DEPTH) return 'Texten är för djupt nästlad.'
    const problem = nodeProblem(node, allowed)
    if (problem) return problem
    if (node.children === undefined) return null
    if (!Array.isArray(node.children)) return 'Texten är inte sparad i redigerarens format.'
    for (const child of node.children) {
      if (typeof child !== 'object' || child === null) return 'Texten är inte sparad i redigerarens format.'
      const found = walk(child as Node, depth + 1)
      if (found) return found
    }
    return null
  }
  return walk(root, 0)
}
