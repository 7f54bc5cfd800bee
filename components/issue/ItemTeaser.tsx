import { ItemImage } from '@/components/ui/ItemImage'
import { describeWhen, describeWhere } from '@/content/eventWhen'
import type { IssueItemView } from '@/content/types'
import { itemAnchor, PAGE_OF } from '@/lib/routes'

/** An article or event in an issue: anchor for the highlights, title linking to its own page. */
export function ItemTeaser({ item }: { item: IssueItemView }) {
  const href = PAGE_OF[item.kind](item.slug)
  return (
    <article id={itemAnchor(item.kind, item.slug)} className="scroll-mt-4 border-b border-line py-6 last:border-b-0">
      {item.kind === 'article' && item.image ? <ItemImage image={item.image} /> : null}
      <h3 className="text-xl font-bold leading-snug">
        <a href={href}>{item.kind === 'article' ? item.title : item.heading}</a>
      </h3>
      {item.kind === 'event' ? (
        <p className="mt-1 text-sm font-semibold text-muted">
          {describeWhen(item)} · {describeWhere(item)}
        </p>
      ) : null}
      <p className="mt-2">{item.kind === 'article' ? item.lead : item.summary}</p>
    </article>
  )
}
