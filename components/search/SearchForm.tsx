import { routes } from '@/lib/routes'

/** The search form of /sok: a plain GET form, so it works without JavaScript. */
export function SearchForm({ query }: { query: string }) {
  return (
    <form role="search" aria-label="Sök på webbplatsen" action={routes.search()} method="get" className="mt-4">
      <label htmlFor="sok-fraga" className="block font-semibold">
        Sök på webbplatsen
      </label>
      <div className="mt-2 flex flex-wrap gap-2">
        <input
          id="sok-fraga"
          type="search"
          name="q"
          defaultValue={query}
          enterKeyHint="search"
          className="min-w-0 flex-1 rounded border border-muted bg-paper px-3 py-2 text-ink"
        />
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-paper hover:underline">
          Sök
        </button>
      </div>
    </form>
  )
}
