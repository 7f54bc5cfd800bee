import Link from 'next/link'

import { HeaderSearch } from '@/components/search/HeaderSearch'
import { routes } from '@/lib/routes'

const NAV = [
  { href: routes.archive(), label: 'Nyhetsbrev' },
  { href: routes.events(), label: 'Evenemang' },
  { href: routes.referenceGroups(), label: 'Referensgrupper' },
]

export function SiteHeader() {
  return (
    <header className="bg-brand text-paper">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-4">
        <Link href={routes.home()} className="text-xl font-semibold text-paper no-underline focus-visible:outline-paper">
          Nytt från RUS
        </Link>
        <nav aria-label="Huvudmeny">
          <ul className="flex flex-wrap gap-4">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-paper focus-visible:outline-paper">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <HeaderSearch />
      </div>
    </header>
  )
}
