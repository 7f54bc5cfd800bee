import type { ReactNode } from 'react'

import { A } from '../components/A'
import type { EmailContext } from '../context'

import { linkHref } from './linkHref'
import { childrenOf, hasFormat, IS_BOLD, IS_ITALIC, type LexicalNode } from './nodes'

type Props = { node: LexicalNode; ctx: EmailContext }

// React escapes every string it renders, so editor text can never become markup here.
function FormattedText({ node }: { node: LexicalNode }) {
  let content: ReactNode = node.text ?? ''
  if (hasFormat(node, IS_ITALIC)) content = <em>{content}</em>
  if (hasFormat(node, IS_BOLD)) content = <strong>{content}</strong>
  return <>{content}</>
}

export function Inlines({ nodes, ctx }: { nodes: LexicalNode[]; ctx: EmailContext }) {
  return (
    <>
      {nodes.map((node, index) => (
        <Inline key={index} node={node} ctx={ctx} />
      ))}
    </>
  )
}

/** One inline node: text, a line break or a link (whose unsafe or unreadable target drops to text). */
export function Inline({ node, ctx }: Props) {
  if (node.type === 'text') return <FormattedText node={node} />
  if (node.type === 'linebreak') return <br />
  if (node.type === 'tab') return ' '
  const content = <Inlines nodes={childrenOf(node)} ctx={ctx} />
  if (node.type === 'link' || node.type === 'autolink') {
    const href = linkHref(node, ctx.settings.siteUrl)
    return href ? <A href={href}>{content}</A> : content
  }
  return content
}
