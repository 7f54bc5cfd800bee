import { draftMode } from 'next/headers'

import { env } from '@/lib/env'
import { routes } from '@/lib/routes'

import { RefreshOnSave } from './RefreshOnSave'

/** Shown only in draft mode, so readers' pages carry none of this. */
export async function PreviewBanner() {
  if (!(await draftMode()).isEnabled) return null
  return (
    <div role="status" className="bg-focus px-4 py-2 text-center text-sm font-semibold text-paper">
      Förhandsgranskning: du ser utkast som inte är publicerade.{' '}
      <a href={routes.previewExit('/')} className="text-paper">
        Avsluta förhandsgranskningen
      </a>
      {/* The admin is served by this same app, so its origin is the site's. */}
      <RefreshOnSave adminOrigin={env.siteUrl} />
    </div>
  )
}
