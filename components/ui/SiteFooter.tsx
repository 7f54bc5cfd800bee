import Link from 'next/link'

import { routes } from '@/lib/routes'

export function SiteFooter() {
  return (
    <footer className="border-t border-line bg-mist">
      <div className="mx-auto max-w-3xl px-4 py-6 text-sm text-muted">
        <p>RUS är en länk mellan regionalt, centralt och lokalt miljömålsarbete.</p>
        <ul className="mt-3 flex flex-wrap gap-4">
          <li>
            <Link href={routes.accessibility()}>Tillgänglighet</Link>
          </li>
          <li>
            <Link href={routes.privacy()}>Personuppgifter</Link>
          </li>
        </ul>
      </div>
    </footer>
  )
}
