type LexicalNode = { type?: string; text?: string; children?: LexicalNode[]; fields?: Record<string, unknown> }

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'listitem', 'quote'])

function inlineText(node: LexicalNode): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  return (node.children ?? []).map(inlineText).join('')
}

/**
 * The text of a rich text value, one line per paragraph, heading or list item; blocks
 * contribute their own rich text (a "TIPS!" box's content). For search, feeds and tests.
 */
export function plainTextLines(value: unknown): string[] {
  const root = (value as { root?: LexicalNode } | null)?.root
  if (!root) return []
  const lines: string[] = []
  const walk = (node: LexicalNode) => {
    if (node.type && BLOCK_TYPES.has(node.type) && !(node.children ?? []).some((c) => c.type === 'list')) {
      lines.push(inlineText(node))
      return
    }
    if (node.type === 'block' && node.fields) {
      for (const field of Object.values(node.fields)) lines.push(...plainTextLines(field))
      return
    }
    for (const child of node.children ?? []) walk(child)
  }
  walk(root)
  return lines.filter((line) => line.trim().length > 0)
}

export const plainText = (value: unknown): string => plainTextLines(value).join('\n')
