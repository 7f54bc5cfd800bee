import { Heading, Text } from '@react-email/components'

import type { GroupView, RichText as RichTextValue } from '@/lib/content/types'

import { MemberList } from '../components/MemberList'
import { TipsBox } from '../components/TipsBox'
import type { EmailContext } from '../context'
import { styles } from '../styles'

import { Inline, Inlines } from './Inline'
import { blockType, childrenOf, isBlank, type LexicalNode, rootChildren, stringField } from './nodes'

type Props = { ctx: EmailContext; group: GroupView | null }

function List({ node, ctx }: { node: LexicalNode; ctx: EmailContext }) {
  const items = childrenOf(node).map((item, index) => (
    <li key={index} style={styles.listItem}>
      {childrenOf(item).map((child, i) => (child.type === 'list' ? <List key={i} node={child} ctx={ctx} /> : <Inline key={i} node={child} ctx={ctx} />))}
    </li>
  ))
  if (node.listType !== 'number') return <ul style={styles.list}>{items}</ul>
  const start = typeof node.start === 'number' && node.start !== 1 ? node.start : undefined
  return <ol start={start} style={styles.list}>{items}</ol>
}

/** The two blocks editors can put in a text: the framed "TIPS!" box and the group's member list. */
function Block({ node, ctx, group }: Props & { node: LexicalNode }) {
  switch (blockType(node)) {
    case 'tips':
      return (
        <TipsBox heading={stringField(node, 'heading') ?? 'TIPS!'}>
          <RichText value={node.fields?.content as RichTextValue | undefined} ctx={ctx} group={null} />
        </TipsBox>
      )
    case 'memberList':
      // The list is the article's group's, always current; an article without a group has none.
      return group ? <MemberList group={group} intro={stringField(node, 'intro')} /> : null
    default:
      return null
  }
}

function BlockNode({ node, ctx, group }: Props & { node: LexicalNode }) {
  const inlines = <Inlines nodes={childrenOf(node)} ctx={ctx} />
  switch (node.type) {
    case 'paragraph':
      return isBlank(node) ? null : <Text style={styles.p}>{inlines}</Text>
    // A heading in a text sits under its article's h3 title, so h3 and h4 alike become h4.
    case 'heading':
      return <Heading as="h4" style={styles.h4}>{inlines}</Heading>
    case 'quote':
      return <blockquote style={styles.quote}><Text style={styles.p}>{inlines}</Text></blockquote>
    case 'list':
      return <List node={node} ctx={ctx} />
    case 'block':
      return <Block node={node} ctx={ctx} group={group} />
    default:
      // An element this renderer does not know still shows its words rather than losing them.
      return childrenOf(node).length > 0 ? <Text style={styles.p}>{inlines}</Text> : null
  }
}

/** Lexical rich text as e-mail elements, safe by construction (see Inline and linkHref). */
export function RichText({ value, ctx, group }: Props & { value: RichTextValue | null | undefined }) {
  return (
    <>
      {rootChildren(value).map((node, index) => (
        <BlockNode key={index} node={node} ctx={ctx} group={group} />
      ))}
    </>
  )
}
