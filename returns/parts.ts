/**
 * A message's MIME parts, in order, with their headers and decoded bodies, as the mailsplit
 * library (the MIME splitter under mailparser and imapflow) finds them. mailparser's own summary
 * folds a report's machine-readable parts into its text; the report's structure is what tells a
 * bounce from a complaint from a reply, so the returns read the parts themselves.
 */
import { finished } from 'node:stream/promises'

import mailsplit, { type MimeNode, type SplitterChunk } from '@zone-eu/mailsplit'

export type Part = {
  contentType: string
  charset: string | null
  headers: InstanceType<typeof mailsplit.Headers> | null
  body: Buffer
  /** How many message/rfc822 parts it is inside: 0 is the return itself, 1 the original it quotes. */
  embedded: number
}

/** Leaf parts' bodies are kept up to this many bytes each. */
const MAX_PART_BYTES = 512 * 1024

const embeddedDepth = (node: MimeNode): number => {
  let depth = 0
  for (let parent = node.parentNode; parent; parent = parent.parentNode) if (parent.contentType === 'message/rfc822') depth += 1
  return depth
}

const decode = (node: MimeNode, raw: Buffer): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const decoder = node.getDecoder()
    const chunks: Buffer[] = []
    decoder.on('data', (chunk: Buffer) => chunks.push(chunk))
    decoder.on('end', () => resolve(Buffer.concat(chunks)))
    decoder.on('error', reject)
    decoder.end(raw)
  })

export async function mimeParts(source: Buffer): Promise<Part[]> {
  const nodes: { node: MimeNode; raw: Buffer[]; size: number }[] = []
  {
    const splitter = new mailsplit.Splitter({ maxChildNodes: 500, defaultInlineEmbedded: true })
    splitter.on('data', (data: SplitterChunk) => {
      if (data.type === 'node') nodes.push({ node: data, raw: [], size: 0 })
      else if (data.type === 'body') {
        const current = nodes[nodes.length - 1]
        if (current && current.size < MAX_PART_BYTES * 1.4) {
          current.raw.push(Buffer.from(data.value))
          current.size += data.value.length
        }
      }
    })
    splitter.end(source)
    await finished(splitter)
  }
  const parts: Part[] = []
  for (const { node, raw } of nodes) {
    const body = await decode(node, Buffer.concat(raw)).catch(() => Buffer.concat(raw))
    parts.push({
      contentType: (node.contentType || 'text/plain').toLowerCase(),
      charset: node.charset || null,
      headers: node.headers || null,
      body: body.subarray(0, MAX_PART_BYTES),
      embedded: embeddedDepth(node),
    })
  }
  return parts
}

/** A text part's characters in its own charset (WHATWG's decoders in Node), UTF-8 when unknown. */
export function textOf(part: Pick<Part, 'body' | 'charset'>): string {
  try {
    return new TextDecoder(part.charset ?? 'utf-8').decode(part.body)
  } catch {
    return new TextDecoder('utf-8').decode(part.body)
  }
}

/** One header's value, decoded and unfolded, or null. */
export const headerOf = (headers: Part['headers'], name: string): string | null => headers?.getDecoded(name)[0]?.value?.trim() || null
