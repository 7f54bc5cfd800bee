import type { SerializedAutoLinkNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import { RichText as LexicalToJSX, type JSXConverter, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import { Heading, Text } from '@react-email/components'
import type { ReactNode } from 'react'

import type { GroupView, RichText as RichTextValue } from '@/content/types'

import { A } from '../components/A'
import { MemberList } from '../components/MemberList'
import { TipsBox } from '../components/TipsBox'
import type { EmailContext } from '../context'
import { look } from '../styles'

import { memberListIntro, reusableTextBody, tipsBlock } from '@/content/richText/blocks'
import { linkNodeHref } from '@/content/richText/linkHref'
import { hasFormat, IS_BOLD, IS_ITALIC, isBlank, type LexicalNode } from '@/content/richText/nodes'
import { onlyOffered } from '@/content/richText/offered'

type Props = { ctx: EmailContext; group: GroupView | null }

type BlockNode = { fields: Record<string, unknown> }

/**
 * Payload's own Lexical → JSX conversion, with converters that turn every node into e-mail
 * elements with inline styles. React escapes every string, so editor text never becomes markup;
 * links keep only web and e-mail targets (linkHref), anything else shows as text.
 */
function emailConverters({ ctx, group }: Props): JSXConvertersFunction {
  const link: JSXConverter<SerializedLinkNode | SerializedAutoLinkNode> = ({ node, nodesToJSX }) => {
    const children = nodesToJSX({ nodes: node.children })
    const href = linkNodeHref(node as unknown as LexicalNode, ctx.settings.siteUrl)
    return href ? <A href={href}>{children}</A> : <>{children}</>
  }
  return ({ defaultConverters }) => ({
    ...onlyOffered(defaultConverters, null),
    text: ({ node }) => {
      let content: ReactNode = node.text
      if (hasFormat(node as LexicalNode, IS_ITALIC)) content = <em>{content}</em>
      if (hasFormat(node as LexicalNode, IS_BOLD)) content = <strong>{content}</strong>
      return <>{content}</>
    },
    tab: () => ' ',
    paragraph: ({ node, nodesToJSX }) =>
      isBlank(node as LexicalNode) ? null : <Text {...look('p')}>{nodesToJSX({ nodes: node.children })}</Text>,
    // A heading in a text sits under its article's h3 title, so h3 and h4 alike become h4.
    heading: ({ node, nodesToJSX }) => (
      <Heading as="h4" {...look('h4')}>
        {nodesToJSX({ nodes: node.children })}
      </Heading>
    ),
    quote: ({ node, nodesToJSX }) => (
      <blockquote {...look('quote')}>
        <Text {...look('p')}>{nodesToJSX({ nodes: node.children })}</Text>
      </blockquote>
    ),
    list: ({ node, nodesToJSX }) => {
      const items = nodesToJSX({ nodes: node.children })
      if (node.listType !== 'number') return <ul {...look('list')}>{items}</ul>
      return (
        <ol start={node.start !== 1 ? node.start : undefined} {...look('list')}>
          {items}
        </ol>
      )
    },
    listitem: ({ node, nodesToJSX }) => <li {...look('listItem')}>{nodesToJSX({ nodes: node.children })}</li>,
    link,
    autolink: link,
    blocks: {
      tips: ({ node }: { node: BlockNode }) => {
        const tips = tipsBlock(node)
        return (
          <TipsBox heading={tips.heading}>
            <RichText value={tips.content} ctx={ctx} group={null} />
          </TipsBox>
        )
      },
      // The list is the article's group's, always current; an article without a group has none.
      memberList: ({ node }: { node: BlockNode }) => (group ? <MemberList group={group} intro={memberListIntro(node)} /> : null),
      // The text as published now; a sent copy keeps it as it was rendered.
      reusableText: ({ node }: { node: BlockNode }) => <RichText value={reusableTextBody(node)} ctx={ctx} group={null} />,
    },
  })
}

/** Lexical rich text as e-mail elements. */
export function RichText({ value, ctx, group }: Props & { value: RichTextValue | null | undefined }) {
  if (!value) return null
  return <LexicalToJSX data={value} converters={emailConverters({ ctx, group })} disableContainer disableIndent disableTextAlign />
}
