import type { SearchResult } from '@/content/search/types'

const hitCount = (total: number) => (total === 1 ? '1 träff' : `${total} träffar`)

/** What the search found, in words: the count, nothing found, or what to do instead. */
export function SearchStatus({ result }: { result: SearchResult }) {
  if (result.problem === 'empty') return <p className="mt-6">Skriv ett eller flera ord att söka efter.</p>
  return (
    <div className="mt-6 space-y-2">
      {result.problem === 'tooLong' ? <p>Frågan var för lång och har kortats.</p> : null}
      {result.total === 0 ? (
        <p>Inga träffar för ”{result.query}”. Prova ett annat ord eller en kortare fråga.</p>
      ) : (
        <p className="font-semibold">
          {hitCount(result.total)} för ”{result.query}”
        </p>
      )}
    </div>
  )
}
