import { formatDate } from '@/lib/dates'
import type { SearchHit, SearchKind } from '@/content/search/types'

const KIND_LABEL: Record<SearchKind, string> = {
  article: 'Artikel',
  event: 'Evenemang',
  group: 'Referensgrupp',
  issue: 'Nyhetsbrev',
}

/**
 * One page of hits. The snippet is HTML built by content/search/snippet.ts: escaped text whose only
 * elements are the <mark>s around matched words, so it can be set as HTML.
 */
export function SearchHitList({ hits, firstNumber }: { hits: SearchHit[]; firstNumber: number }) {
  if (hits.length === 0) return null
  return (
    <ol start={firstNumber} className="mt-4 divide-y divide-line">
      {hits.map((hit) => (
        <li key={hit.url} className="py-5">
          <h2 className="text-xl font-bold leading-snug">
            <a href={hit.url}>{hit.title}</a>
          </h2>
          <p className="mt-1 text-sm text-muted">
            {KIND_LABEL[hit.kind]}
            {hit.date ? (
              <>
                {' · '}
                <time dateTime={hit.date}>{formatDate(hit.date)}</time>
              </>
            ) : null}
          </p>
          <p
            className="mt-2 [&_mark]:rounded-sm [&_mark]:bg-line [&_mark]:px-0.5 [&_mark]:font-semibold [&_mark]:text-ink"
            dangerouslySetInnerHTML={{ __html: hit.snippetHtml }}
          />
        </li>
      ))}
    </ol>
  )
}
