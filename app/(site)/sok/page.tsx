import type { Metadata } from 'next'

import { SearchForm } from '@/components/search/SearchForm'
import { SearchHitList } from '@/components/search/SearchHitList'
import { SearchPagination } from '@/components/search/SearchPagination'
import { SearchStatus } from '@/components/search/SearchStatus'
import { SEARCH_PAGE_SIZE, searchPublished } from '@/lib/queries/search'
import { toPageNumber } from '@/lib/search/pageNumber'

// Every query has its own results, read straight from the database's index.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: 'Sök',
  description: 'Sök bland artiklar, evenemang, referensgrupper och nummer av Nytt från RUS.',
  robots: { index: false, follow: true },
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function SearchPage({ searchParams }: Props) {
  const { q, sida } = await searchParams
  const result = await searchPublished((Array.isArray(q) ? q[0] : q) ?? '', toPageNumber(sida))
  return (
    <>
      <h1 className="text-3xl font-bold text-brand">Sök</h1>
      <SearchForm query={result.query} />
      <SearchStatus result={result} />
      <SearchHitList hits={result.hits} firstNumber={(result.page - 1) * SEARCH_PAGE_SIZE + 1} />
      <SearchPagination query={result.query} page={result.page} pageCount={result.pageCount} />
    </>
  )
}
