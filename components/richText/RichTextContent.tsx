import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import { MemberList } from '@/components/group/MemberList'
import type { GroupView, RichText as RichTextValue } from '@/lib/content/types'
import { richTextLinkHref } from '@/lib/richText/linkHref'
import { onlyOffered } from '@/lib/richText/offered'

import { TipsBox } from './TipsBox'

type BlockNode = { fields: Record<string, unknown> }

type Props = { value: RichTextValue | null; group?: GroupView | null; className?: string }

const converters =
  (group: GroupView | null): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...onlyOffered(defaultConverters, null),
    link: ({ node, nodesToJSX }) => {
      const children = nodesToJSX({ nodes: node.children })
      const href = richTextLinkHref(node.fields)
      return href ? <a href={href}>{children}</a> : <>{children}</>
    },
    blocks: {
      tips: ({ node }: { node: BlockNode }) => <TipsBox heading={String(node.fields.heading ?? 'TIPS!')} content={node.fields.content as RichTextValue} />,
      memberList: ({ node }: { node: BlockNode }) =>
        group ? <MemberList group={group} intro={String(node.fields.intro ?? 'Vi som idag ingår i referensgruppen är:')} /> : null,
    },
  })

/** Lexical rich text as semantic HTML; only safe links, and the newsletter's own blocks. */
export function RichTextContent({ value, group = null, className }: Props) {
  if (!value) return null
  return <RichText data={value} converters={converters(group)} className={className ?? 'prose-rus'} />
}

