'use client'

import Link from 'next/link'

import { routes } from '@/lib/routes'

/**
 * A page that could not be made — in practice because the database is away and the page was not
 * in the cache. Pages already cached are served as usual; this says the fault is temporary.
 */
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="space-y-4" role="alert">
      <h1 className="text-3xl font-bold text-brand">Sidan kan inte visas just nu</h1>
      <p>Ett tillfälligt fel hindrar oss från att hämta innehållet. Försök igen om en stund.</p>
      <p className="flex flex-wrap gap-4">
        <button type="button" onClick={reset} className="underline">
          Försök igen
        </button>
        <Link href={routes.home()}>Till startsidan</Link>
      </p>
    </div>
  )
}
