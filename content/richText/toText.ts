/**
 * Rich text as plain text, one converter per offered node type over the node model: paragraphs
 * separated by an empty line, list items as "- …" or "1. …", quotes as "> …", links with their
 * address in parentheses. For the e-mail's text version and for calendar descriptions.
 */
import { memberLine } from '@/content/memberLine'
import type { GroupView } from '@/content/types'

import type { RichText } from './build'
import { memberListIntro, reusableTextBody, tipsBlock } from './blocks'
import { linkNodeHref } from './linkHref'
import { blockType, childrenOf, isBlank, rootChildren, type LexicalNode } from './nodes'
import { bulleted, linked, paragraphs } from './textFormat'

export type TextOptions = {
  /** Internal links are made absolute on this origin. */
  siteUrl: string
  /** The article's group, whose live member list a memberList block stands for. */
  group?: GroupView | null
}

function inlineText(nodes: LexicalNode[], options: TextOptions): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.text ?? ''
      if (node.type === 'linebreak') return '\n'
      if (node.type === 'tab') return ' '
      const content = inlineText(childrenOf(node), options)
      return node.type === 'link' || node.type === 'autolink' ? linked(content, linkNodeHref(node, options.siteUrl)) : content
    })
    .join('')
}

function listText(node: LexicalNode, options: TextOptions, indent = ''): string {
  const start = typeof node.start === 'number' ? node.start : 1
  return childrenOf(node)
    .map((item, index) => {
      const marker = node.listType === 'number' ? `${start + index}.` : '-'
      const own = inlineText(childrenOf(item).filter((child) => child.type !== 'list'), options)
      const nested = childrenOf(item).filter((child) => child.type === 'list').map((list) => listText(list, options, `${indent}  `))
      return [own ? `${indent}${marker} ${own}` : null, ...nested].filter(Boolean).join('\n')
    })
    .join('\n')
}

/** The intro and one line per member: "Vi som idag ingår i referensgruppen är:", "- Marie-Helene …". */
export function memberListText(group: GroupView | null | undefined, intro: string | null): string | null {
  if (!group || group.members.length === 0) return null
  const lines = bulleted(group.members.map((member) => memberLine(member, member.isConvener)))
  return [intro, ...lines].filter(Boolean).join('\n')
}

function blockText(node: LexicalNode, options: TextOptions): string | null {
  const block = blockType(node)
  if (block === 'memberList') return memberListText(options.group, memberListIntro(node))
  if (block === 'tips') {
    const tips = tipsBlock(node)
    return paragraphs([tips.heading, richTextToText(tips.content, { ...options, group: null })])
  }
  if (block === 'reusableText') return richTextToText(reusableTextBody(node), { ...options, group: null }) || null
  if (node.type === 'list') return listText(node, options)
  if (node.type === 'block' || (node.type === 'paragraph' && isBlank(node))) return null
  const text = inlineText(childrenOf(node), options)
  return node.type === 'quote' ? text.replace(/^/gm, '> ') : text
}

export function richTextToText(value: RichText | null | undefined, options: TextOptions): string {
  return paragraphs(rootChildren(value).map((node) => blockText(node, options)))
}
