import { routes } from '@/lib/routes'

/** The compact search form in the site header, with a visible label; at narrow widths it takes a line of its own. */
export function HeaderSearch() {
  return (
    <form role="search" aria-label="Snabbsök" action={routes.search()} method="get" className="flex w-full flex-wrap items-center gap-2 sm:w-auto">
      <label htmlFor="sidhuvud-sok" className="text-sm font-semibold text-paper">
        Sök på webbplatsen
      </label>
      <input
        id="sidhuvud-sok"
        type="search"
        name="q"
        enterKeyHint="search"
        className="min-w-0 flex-1 rounded border border-paper bg-paper px-2 py-1 text-ink focus-visible:outline-paper sm:w-40 sm:flex-none"
      />
      <button type="submit" className="rounded border border-paper px-3 py-1 font-semibold text-paper hover:underline focus-visible:outline-paper">
        Sök
      </button>
    </form>
  )
}
