import { convertLexicalToHTML, defaultHTMLConverters, type HTMLConverters } from '@payloadcms/richtext-lexical/html'

import { memberLine } from '@/content/memberLine'
import { escapeHtml } from '@/lib/escapeHtml'
import type { GroupView, RichText } from '@/content/types'

import { memberListIntro, reusableTextBody, tipsBlock } from './blocks'
import { linkNodeHref } from './linkHref'
import type { LexicalNode } from './nodes'
import { onlyOffered } from './offered'

/**
 * Rich text as HTML for feed readers: the feed's converter table over the one node model, through
 * Payload's Lexical HTML conversion. Text is escaped by Payload's converters; links keep only web
 * and e-mail targets (internal ones made absolute); the newsletter's blocks become plain HTML.
 */
export function richTextToSafeHtml(value: RichText | null, { siteUrl, group = null }: { siteUrl: string; group?: GroupView | null }): string {
  if (!value) return ''
  const converters: HTMLConverters = {
    ...onlyOffered(defaultHTMLConverters, ''),
    list: ({ node, nodesToHTML }) => {
      const items = nodesToHTML({ nodes: node.children }).join('')
      return node.listType === 'number' ? `<ol${node.start !== 1 ? ` start="${Number(node.start)}"` : ''}>${items}</ol>` : `<ul>${items}</ul>`
    },
    listitem: ({ node, nodesToHTML }) => `<li>${nodesToHTML({ nodes: node.children }).join('')}</li>`,
    link: ({ node, nodesToHTML }) => {
      const children = nodesToHTML({ nodes: node.children }).join('')
      const href = linkNodeHref(node as unknown as LexicalNode, siteUrl)
      return href ? `<a href="${escapeHtml(href)}">${children}</a>` : children
    },
    blocks: {
      tips: ({ node }) => {
        const tips = tipsBlock(node as unknown as LexicalNode)
        return `<aside><p><strong>${escapeHtml(tips.heading)}</strong></p>${richTextToSafeHtml(tips.content, { siteUrl })}</aside>`
      },
      memberList: ({ node }) => {
        if (!group) return ''
        const items = group.members.map((m) => `<li>${escapeHtml(memberLine(m, m.isConvener))}</li>`).join('')
        return `<p>${escapeHtml(memberListIntro(node as unknown as LexicalNode))}</p><ul>${items}</ul>`
      },
      reusableText: ({ node }) => richTextToSafeHtml(reusableTextBody(node as unknown as LexicalNode), { siteUrl }),
    },
  }
  return convertLexicalToHTML({ data: value, converters, disableContainer: true })
}
