/**
 * The node types the newsletter's editors offer (fields/richText.ts; content/richText/allowedNodes.ts
 * refuses anything else on save). Each renderer converts these and nothing more: Payload's default
 * converter tables also turn uploads, tables and rules into markup, and an upload node carries
 * its own URL.
 */
export const OFFERED_NODE_TYPES = ['paragraph', 'text', 'linebreak', 'tab', 'heading', 'list', 'listitem', 'quote', 'link', 'autolink'] as const

/** A converter table with only the offered node types (and `blocks`); unknown nodes render as `nothing`. */
export function onlyOffered<Table extends Record<string, unknown>, Nothing>(converters: Table, nothing: Nothing): Table {
  const kept = Object.fromEntries(Object.entries(converters).filter(([type]) => (OFFERED_NODE_TYPES as readonly string[]).includes(type) || type === 'blocks'))
  return { ...kept, unknown: () => nothing } as unknown as Table
}
