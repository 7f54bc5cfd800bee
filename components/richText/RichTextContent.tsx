import type { SerializedLinkNode } from '@payloadcms/richtext-lexical'
import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import { MemberList } from '@/components/group/MemberList'
import type { GroupView, RichText as RichTextValue } from '@/lib/content/types'
import { routes } from '@/lib/routes'
import { safeHref } from '@/lib/safeUrl'

import { TipsBox } from './TipsBox'

type BlockNode = { fields: Record<string, unknown> }

type Props = { value: RichTextValue | null; group?: GroupView | null; className?: string }

const INTERNAL_ROUTES: Record<string, (slug: string) => string> = {
  articles: routes.article,
  events: routes.event,
  'reference-groups': routes.referenceGroup,
}

/** An internal link's page, or null when the linked document is not readable (a draft). */
function internalHref(node: SerializedLinkNode): string | null {
  const doc = node.fields.doc
  const value = doc?.value as { slug?: string } | number | undefined
  const route = doc ? INTERNAL_ROUTES[doc.relationTo] : undefined
  return route && typeof value === 'object' && value?.slug ? route(value.slug) : null
}

const converters =
  (group: GroupView | null): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    link: ({ node, nodesToJSX }) => {
      const children = nodesToJSX({ nodes: node.children })
      const href = node.fields.linkType === 'internal' ? internalHref(node) : safeHref(node.fields.url)
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

/** Whether the body places the group's member list itself (else the page adds it after). */
export function hasMemberListBlock(value: RichTextValue | null): boolean {
  return JSON.stringify(value ?? {}).includes('"blockType":"memberList"')
}
