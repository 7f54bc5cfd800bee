import { richTextLinkHref } from '@/lib/richText/linkHref'

import type { LexicalNode } from './nodes'

/** Where a link node may point in the e-mail (always absolute), or null: then only its text shows. */
export const linkHref = (node: LexicalNode, siteUrl: string): string | null => richTextLinkHref(node.fields, siteUrl)
