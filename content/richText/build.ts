/**
 * Small builders for Lexical's JSON, for content written in code (the seed issue, tests).
 * They produce exactly what Payload's editor saves, so the admin opens them as if typed there.
 */

import type { Article } from '@/payload-types'

type Node = Record<string, unknown>
export type Inline = string | Node
/** Lexical's saved state, as Payload types it. */
export type RichText = NonNullable<Article['body']>

const base = { format: '', indent: 0, version: 1, direction: 'ltr' as const }

let ids = 0
const nextId = () => `seed${(ids += 1).toString(36).padStart(6, '0')}`

export const text = (value: string, format = 0): Node => ({
  type: 'text',
  text: value,
  format,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})

export const bold = (value: string): Node => text(value, 1)

const inline = (children: Inline[]): Node[] => children.map((c) => (typeof c === 'string' ? text(c) : c))

export const link = (url: string, ...children: Inline[]): Node => ({
  ...base,
  type: 'link',
  version: 3,
  id: nextId(),
  fields: { url, newTab: false, linkType: 'custom' },
  children: inline(children),
})

export const paragraph = (...children: Inline[]): Node => ({
  ...base,
  type: 'paragraph',
  textFormat: 0,
  textStyle: '',
  children: inline(children),
})

export const bulletList = (...items: Inline[][]): Node => ({
  ...base,
  type: 'list',
  listType: 'bullet',
  tag: 'ul',
  start: 1,
  children: items.map((children, index) => ({ ...base, type: 'listitem', value: index + 1, children: inline(children) })),
})

export const block = (blockType: string, fields: Record<string, unknown>): Node => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: nextId(), blockName: '', blockType, ...fields },
})

export const richText = (...children: Node[]): RichText =>
  ({ root: { ...base, type: 'root', children } }) as unknown as RichText
