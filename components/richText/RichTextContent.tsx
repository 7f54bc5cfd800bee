import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import { MemberList } from '@/components/group/MemberList'
import type { GroupView, RichText as RichTextValue } from '@/content/types'
import { memberListIntro, reusableTextBody, tipsBlock } from '@/content/richText/blocks'
import { linkNodeHref } from '@/content/richText/linkHref'
import type { LexicalNode } from '@/content/richText/nodes'
import { onlyOffered } from '@/content/richText/offered'

import { TipsBox } from './TipsBox'

type BlockNode = { fields: Record<string, unknown> }

type Props = { value: RichTextValue | null; group?: GroupView | null; className?: string }

/** The site's converter table over the one node model (content/richText): semantic HTML, safe links, the newsletter's blocks. */
const converters =
  (group: GroupView | null): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...onlyOffered(defaultConverters, null),
    // Plain lists: Payload's own converter gives every item a `value`, which a <ul> may not have.
    list: ({ node, nodesToJSX }) => {
      const items = nodesToJSX({ nodes: node.children })
      return node.listType === 'number' ? <ol start={node.start !== 1 ? node.start : undefined}>{items}</ol> : <ul>{items}</ul>
    },
    listitem: ({ node, nodesToJSX }) => <li>{nodesToJSX({ nodes: node.children })}</li>,
    link: ({ node, nodesToJSX }) => {
      const children = nodesToJSX({ nodes: node.children })
      const href = linkNodeHref(node as unknown as LexicalNode)
      return href ? <a href={href}>{children}</a> : <>{children}</>
    },
    blocks: {
      tips: ({ node }: { node: BlockNode }) => {
        const tips = tipsBlock(node)
        return (
          <TipsBox heading={tips.heading}>
            <RichTextContent value={tips.content} />
          </TipsBox>
        )
      },
      memberList: ({ node }: { node: BlockNode }) => (group ? <MemberList group={group} intro={memberListIntro(node)} /> : null),
      reusableText: ({ node }: { node: BlockNode }) => <RichTextContent value={reusableTextBody(node)} />,
    },
  })

/** Lexical rich text as semantic HTML; only safe links, and the newsletter's own blocks. */
export function RichTextContent({ value, group = null, className }: Props) {
  if (!value) return null
  return <RichText data={value} converters={converters(group)} className={className ?? 'prose-rus'} disableIndent disableTextAlign />
}
