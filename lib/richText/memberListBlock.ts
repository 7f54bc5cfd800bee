import type { RichText } from './build'

type Node = { type?: string; fields?: { blockType?: unknown }; children?: Node[] }

/** Whether the editor placed the group's member list in the text (else it follows the text). */
export function hasMemberListBlock(value: RichText | null | undefined): boolean {
  const walk = (nodes: Node[] = []): boolean =>
    nodes.some((node) => (node.type === 'block' && node.fields?.blockType === 'memberList') || walk(node.children))
  return walk((value as { root?: Node } | null | undefined)?.root?.children)
}
