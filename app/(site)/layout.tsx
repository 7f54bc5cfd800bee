import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { PreviewBanner } from '@/components/preview/PreviewBanner'
import { SiteFooter } from '@/components/ui/SiteFooter'
import { SiteHeader } from '@/components/ui/SiteHeader'
import { env } from '@/lib/env'
import { FEED_LINKS } from '@/lib/seo/pageMetadata'

import { inter } from './fonts'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(env.siteUrl),
  title: { default: 'Nytt från RUS', template: '%s – Nytt från RUS' },
  // Feed readers and calendar apps find the feeds from any page.
  alternates: { types: FEED_LINKS },
  description:
    'Nyhetsbrevet från RUS, Regional utveckling och samverkan i miljömålssystemet – en länk mellan regionalt, centralt och lokalt miljömålsarbete.',
}

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="sv" className={inter.variable}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a
          href="#innehall"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-paper focus:p-3"
        >
          Hoppa till innehållet
        </a>
        <PreviewBanner />
        <SiteHeader />
        <main id="innehall" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
