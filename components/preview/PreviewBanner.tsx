import { routes } from '@/lib/routes'

/** Shown only to an editor in draft mode, so readers' pages carry none of this. */
export function PreviewBanner({ path }: { path: string }) {
  return (
    <div role="status" className="bg-focus px-4 py-2 text-center text-sm font-semibold text-paper">
      Förhandsgranskning: du ser utkast som inte är publicerade.{' '}
      <a href={routes.previewExit(path)} className="text-paper">
        Avsluta förhandsgranskningen
      </a>
    </div>
  )
}
