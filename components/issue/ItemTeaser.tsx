import Link from 'next/link'

import { ItemImage } from '@/components/ui/ItemImage'
import { describeWhen, describeWhere } from '@/lib/content/eventWhen'
import type { IssueItemView } from '@/lib/content/types'
import { itemAnchor, routes } from '@/lib/routes'

/** An article or event in an issue: anchor for the highlights, title linking to its own page. */
export function ItemTeaser({ item, headingLevel = 3 }: { item: IssueItemView; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const href = item.kind === 'article' ? routes.article(item.slug) : routes.event(item.slug)
  return (
    <article id={itemAnchor(item.kind, item.slug)} className="scroll-mt-4 border-b border-line py-6 last:border-b-0">
      {item.kind === 'article' && item.image ? <ItemImage image={item.image} /> : null}
      <Heading className="text-xl font-bold leading-snug">
        <Link href={href}>{item.kind === 'article' ? item.title : item.heading}</Link>
      </Heading>
      {item.kind === 'event' ? (
        <p className="mt-1 text-sm font-semibold text-muted">
          {describeWhen(item)} · {describeWhere(item)}
        </p>
      ) : null}
      <p className="mt-2">{item.kind === 'article' ? item.lead : item.summary}</p>
    </article>
  )
}
