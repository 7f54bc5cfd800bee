/**
 * What the newsletter's two rich-text blocks mean, decided once for every renderer: the TIPS box's
 * heading and text, and where the article's group's member list goes and what leads into it. The
 * defaults here are the blocks' own (fields/blocks/*), so a block saved without a value reads the
 * same everywhere.
 */
import type { RichText } from './build'
import { blockType, rootChildren, stringField, type LexicalNode } from './nodes'

export const TIPS_DEFAULT_HEADING = 'TIPS!'
export const MEMBER_LIST_DEFAULT_INTRO = 'Vi som idag ingår i referensgruppen är:'

export type TipsBlock = { heading: string; content: RichText | null }

export function tipsBlock(node: LexicalNode): TipsBlock {
  const content = node.fields?.content
  return {
    heading: stringField(node, 'heading') ?? TIPS_DEFAULT_HEADING,
    content: typeof content === 'object' && content !== null ? (content as RichText) : null,
  }
}

/**
 * A reusable text placed by reference: its body when the read brought the text (published, or a
 * draft in an editor's preview); nothing when it is unpublished, deleted or not reached.
 */
export function reusableTextBody(node: LexicalNode): RichText | null {
  const text = node.fields?.text
  if (typeof text !== 'object' || text === null) return null
  const body = (text as { body?: unknown }).body
  return typeof body === 'object' && body !== null ? (body as RichText) : null
}

/** The sentence before the member list where the editor placed it. */
export const memberListIntro = (node: LexicalNode): string => stringField(node, 'intro') ?? MEMBER_LIST_DEFAULT_INTRO

/** Whether the editor placed the group's member list in the text (else it follows the text). */
export function hasMemberListBlock(value: RichText | null | undefined): boolean {
  const walk = (nodes: LexicalNode[]): boolean => nodes.some((node) => blockType(node) === 'memberList' || walk(node.children ?? []))
  return walk(rootChildren(value))
}
