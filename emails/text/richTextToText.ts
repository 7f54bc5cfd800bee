import { memberLine } from '@/lib/content/memberLine'
import type { GroupView, RichText } from '@/lib/content/types'

import type { EmailContext } from '../context'
import { linkHref } from '../richText/linkHref'
import { blockType, childrenOf, isBlank, type LexicalNode, rootChildren, stringField } from '../richText/nodes'

import { bulleted, linked, paragraphs } from './format'

function inlineText(nodes: LexicalNode[], ctx: EmailContext): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.text ?? ''
      if (node.type === 'linebreak') return '\n'
      if (node.type === 'tab') return ' '
      const content = inlineText(childrenOf(node), ctx)
      return node.type === 'link' || node.type === 'autolink' ? linked(content, linkHref(node, ctx.settings.siteUrl)) : content
    })
    .join('')
}

function listText(node: LexicalNode, ctx: EmailContext, indent = ''): string {
  const start = typeof node.start === 'number' ? node.start : 1
  return childrenOf(node)
    .map((item, index) => {
      const marker = node.listType === 'number' ? `${start + index}.` : '-'
      const own = inlineText(childrenOf(item).filter((child) => child.type !== 'list'), ctx)
      const nested = childrenOf(item).filter((child) => child.type === 'list').map((list) => listText(list, ctx, `${indent}  `))
      return [own ? `${indent}${marker} ${own}` : null, ...nested].filter(Boolean).join('\n')
    })
    .join('\n')
}

/** "Vi som idag ingår i referensgruppen är:" and one line per member. */
export function memberListText(group: GroupView | null, intro: string | null): string | null {
  if (!group || group.members.length === 0) return null
  const lines = bulleted(group.members.map((member) => memberLine(member, member.isConvener)))
  return [intro, ...lines].filter(Boolean).join('\n')
}

function blockText(node: LexicalNode, ctx: EmailContext, group: GroupView | null): string | null {
  if (blockType(node) === 'memberList') return memberListText(group, stringField(node, 'intro'))
  if (blockType(node) === 'tips') {
    const content = richTextToText(node.fields?.content as RichText | undefined, ctx, null)
    return paragraphs([stringField(node, 'heading') ?? 'TIPS!', content])
  }
  if (node.type === 'list') return listText(node, ctx)
  if (node.type === 'block' || (node.type === 'paragraph' && isBlank(node))) return null
  const text = inlineText(childrenOf(node), ctx)
  return node.type === 'quote' ? text.replace(/^/gm, '> ') : text
}

/** The same rich text as RichText.tsx renders, as plain paragraphs with links in parentheses. */
export function richTextToText(value: RichText | null | undefined, ctx: EmailContext, group: GroupView | null): string {
  return paragraphs(rootChildren(value).map((node) => blockText(node, ctx, group)))
}
