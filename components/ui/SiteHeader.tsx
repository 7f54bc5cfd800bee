import { HeaderSearch } from '@/components/search/HeaderSearch'
import { routes } from '@/lib/routes'

const NAV = [
  { href: routes.archive(), label: 'Nyhetsbrev' },
  { href: routes.events(), label: 'Evenemang' },
  { href: routes.referenceGroups(), label: 'Referensgrupper' },
]

export function SiteHeader({ name }: { name: string }) {
  return (
    <header className="bg-brand text-paper">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-4">
        <a href={routes.home()} className="text-xl font-semibold text-paper no-underline focus-visible:outline-paper">
          {name}
        </a>
        <nav aria-label="Huvudmeny">
          <ul className="flex flex-wrap gap-4">
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={item.href} className="text-paper focus-visible:outline-paper">
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <HeaderSearch />
      </div>
    </header>
  )
}
