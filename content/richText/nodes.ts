/**
 * Lexical's saved JSON as every renderer reads it: the one node model under the site's, the
 * e-mail's, the feed's and the plain-text converters. The editor saves more than this; everything
 * here is read defensively, since the value has only the loose type Payload gives rich text.
 */
import type { RichText } from './build'

export type LexicalNode = {
  type?: string
  text?: string
  /** Text: a bit mask (1 bold, 2 italic, …). Elements: the alignment, a string, ignored here. */
  format?: number | string
  tag?: string
  listType?: string
  start?: number
  children?: LexicalNode[]
  fields?: Record<string, unknown>
}

export const IS_BOLD = 1
export const IS_ITALIC = 2

export const childrenOf = (node: LexicalNode): LexicalNode[] => (Array.isArray(node.children) ? node.children : [])

export function rootChildren(value: RichText | null | undefined): LexicalNode[] {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  return root ? childrenOf(root) : []
}

export const hasFormat = (node: LexicalNode, flag: number): boolean => typeof node.format === 'number' && (node.format & flag) !== 0

export const blockType = (node: LexicalNode): string | null =>
  node.type === 'block' && typeof node.fields?.blockType === 'string' ? node.fields.blockType : null

export const stringField = (node: LexicalNode, name: string): string | null => {
  const value = node.fields?.[name]
  return typeof value === 'string' && value.trim() ? value : null
}

/** A paragraph with nothing but whitespace (Lexical saves empty lines as such) is skipped. */
export function isBlank(node: LexicalNode): boolean {
  return childrenOf(node).every((child) => (child.type === 'text' ? !child.text?.trim() : child.type === 'linebreak'))
}
