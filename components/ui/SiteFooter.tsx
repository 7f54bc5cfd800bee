import type { SettingsView } from '@/content/types'
import { routes } from '@/lib/routes'

export function SiteFooter({ settings }: { settings: SettingsView }) {
  return (
    <footer className="border-t border-line bg-mist">
      <div className="mx-auto max-w-3xl px-4 py-6 text-sm text-muted">
        <p>{settings.organisationDescription}</p>
        <ul className="mt-3 flex flex-wrap gap-4">
          <li>
            <a href={routes.accessibility()}>Tillgänglighet</a>
          </li>
          <li>
            <a href={routes.privacy()}>Personuppgifter</a>
          </li>
        </ul>
      </div>
    </footer>
  )
}
