import type { ReactNode } from 'react'

import { PreviewBanner } from '@/components/preview/PreviewBanner'
import { SiteFooter } from '@/components/ui/SiteFooter'
import { SiteHeader } from '@/components/ui/SiteHeader'
import type { SettingsView } from '@/content/types'
import { routes } from '@/lib/routes'
import type { PageMeta } from '@/content/pageMeta'

import { Head } from './Head'

export type DocumentProps = {
  meta: PageMeta
  settings: SettingsView
  /** An editor in draft mode: the preview banner, and the script that reloads on save. */
  draft: boolean
  /** External scripts of the page's own (progressive enhancement only). */
  scripts?: string[]
  children: ReactNode
}

/** A whole reader's page: finished HTML that needs no script to work. */
export function Document({ meta, settings, draft, scripts = [], children }: DocumentProps) {
  const sources = [...scripts, ...(draft ? [routes.previewScript()] : [])]
  return (
    <html lang="sv">
      <Head meta={meta} settings={settings} />
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a href="#innehall" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-paper focus:p-3">
          Hoppa till innehållet
        </a>
        {draft ? <PreviewBanner path={meta.path} /> : null}
        <SiteHeader name={settings.newsletterName} />
        <main id="innehall" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter settings={settings} />
        {sources.map((src) => (
          <script key={src} src={src} defer />
        ))}
      </body>
    </html>
  )
}
