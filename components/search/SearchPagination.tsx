import { routes } from '@/lib/routes'

type Props = { query: string; page: number; pageCount: number }

/** Links to the previous and next page of hits; plain links, so they work without JavaScript. */
export function SearchPagination({ query, page, pageCount }: Props) {
  if (pageCount <= 1) return null
  return (
    <nav aria-label="Sidnumrering" className="mt-6 flex flex-wrap items-center justify-between gap-4 border-t border-line pt-4">
      {page > 1 ? (
        <a href={routes.search(query, page - 1)} rel="prev">
          Föregående
        </a>
      ) : (
        <span />
      )}
      <p>
        Sida {page} av {pageCount}
      </p>
      {page < pageCount ? (
        <a href={routes.search(query, page + 1)} rel="next">
          Nästa
        </a>
      ) : (
        <span />
      )}
    </nav>
  )
}
