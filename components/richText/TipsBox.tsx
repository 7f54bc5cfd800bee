import type { RichText as RichTextValue } from '@/lib/content/types'

import { RichTextContent } from './RichTextContent'

/** The newsletter's framed "TIPS!" box. */
export function TipsBox({ heading, content }: { heading: string; content: RichTextValue | null }) {
  return (
    <aside className="my-6 rounded border-l-4 border-brand bg-mist p-4" aria-label={heading}>
      <p className="font-bold text-brand">{heading}</p>
      <RichTextContent value={content} />
    </aside>
  )
}
