import type { HighlightView } from '@/content/types'
import { itemAnchor } from '@/lib/routes'

/** "Detta tar nyhetsbrevet bland annat upp:" — each point jumps to its item further down. */
export function Highlights({ highlights }: { highlights: HighlightView[] }) {
  if (highlights.length === 0) return null
  return (
    <section aria-labelledby="hojdpunkter" className="my-6 rounded bg-mist p-4">
      <h2 id="hojdpunkter" className="font-semibold">
        Detta tar nyhetsbrevet bland annat upp:
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {highlights.map((h) => (
          <li key={h.text}>{h.target ? <a href={`#${itemAnchor(h.target.kind, h.target.slug)}`}>{h.text}</a> : h.text}</li>
        ))}
      </ul>
    </section>
  )
}
