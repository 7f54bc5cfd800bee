import { SearchForm } from '@/components/search/SearchForm'
import { SearchHitList } from '@/components/search/SearchHitList'
import { SearchPagination } from '@/components/search/SearchPagination'
import { SearchStatus } from '@/components/search/SearchStatus'
import { getSettings } from '@/content/reads/settings'
import { SEARCH_PAGE_SIZE, searchPublished } from '@/content/search/searchPublished'
import { routes } from '@/lib/routes'
import { toPageNumber } from '@/content/search/pageNumber'
import { limitedClient } from '@/lib/security/clientAddress'
import { searchThrottle } from '@/lib/security/searchLimit'
import { payloadClient } from '@/site/payload'
import { renderDocument } from '@/site/renderPage'

export const dynamic = 'force-dynamic'

/**
 * Every query has its own page (never kept as a page; the results are remembered until something
 * published changes, content/search/resultCache.ts). A client searching faster than a person does waits (429).
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams
  const payload = await payloadClient()
  const asked = params.get('q') ?? ''
  const limited = asked.trim() ? await searchThrottle().attempt(limitedClient(request.headers)) : { allowed: true as const }
  const result = limited.allowed
    ? await searchPublished(payload, asked, toPageNumber(params.get('sida') ?? undefined))
    : { query: '', problem: null, total: 0, page: 1, pageCount: 0, hits: [] }
  const settings = await getSettings(payload)
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
        <SearchForm query={limited.allowed ? result.query : asked.slice(0, 200)} />
        {limited.allowed ? (
          <SearchStatus result={result} />
        ) : (
          <p role="status" className="mt-4">
            Det har kommit många sökningar härifrån på kort tid. Vänta {limited.retryAfterSeconds} sekunder och sök igen.
          </p>
        )}
        <SearchHitList hits={result.hits} firstNumber={(result.page - 1) * SEARCH_PAGE_SIZE + 1} />
        <SearchPagination query={result.query} page={result.page} pageCount={result.pageCount} />
      </>
    ),
  })
  const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }
  if (!limited.allowed) headers['Retry-After'] = String(limited.retryAfterSeconds)
  return new Response(html, { status: limited.allowed ? 200 : 429, headers })
}
