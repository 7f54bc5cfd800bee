import { SearchForm } from '@/components/search/SearchForm'
import { SearchHitList } from '@/components/search/SearchHitList'
import { SearchPagination } from '@/components/search/SearchPagination'
import { SearchStatus } from '@/components/search/SearchStatus'
import { getSettings } from '@/lib/queries/settings'
import { SEARCH_PAGE_SIZE, searchPublished } from '@/lib/queries/search'
import { routes } from '@/lib/routes'
import { toPageNumber } from '@/lib/search/pageNumber'
import { renderDocument } from '@/site/renderPage'

export const dynamic = 'force-dynamic'

/** Every query has its own results, read straight from the database's index: never cached. */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams
  const result = await searchPublished(params.get('q') ?? '', toPageNumber(params.get('sida') ?? undefined))
  const settings = await getSettings()
  const title = result.query ? `Sök: ${result.query}${result.page > 1 ? ` (sida ${result.page})` : ''}` : 'Sök'
  const html = await renderDocument({
    meta: {
      title,
      description: `Sök bland artiklar, evenemang, referensgrupper och nummer av ${settings.newsletterName}.`,
      path: routes.search(result.query, result.page),
      noindex: true,
    },
    settings,
    draft: false,
    children: (
      <>
        <h1 className="text-3xl font-bold text-brand">Sök</h1>
        <SearchForm query={result.query} />
        <SearchStatus result={result} />
        <SearchHitList hits={result.hits} firstNumber={(result.page - 1) * SEARCH_PAGE_SIZE + 1} />
        <SearchPagination query={result.query} page={result.page} pageCount={result.pageCount} />
      </>
    ),
  })
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } })
}
