import type { Metadata } from 'next'

import { routes } from '@/lib/routes'

type Options = {
  title: string
  description: string
  /** Site path of the page (its canonical URL). */
  path: string
  type?: 'website' | 'article'
  publishedTime?: string
  modifiedTime?: string
  /** The page has a generated share image (opengraph-image.tsx beside it): a large card. */
  shareImage?: boolean
}

const SITE_NAME = 'Nytt från RUS'

/**
 * Feed and calendar autodiscovery. Next merges metadata one top-level key at a time, so a page
 * that sets its canonical URL (alternates) must repeat these, or they vanish from its head.
 */
export const FEED_LINKS: NonNullable<Metadata['alternates']>['types'] = {
  'application/rss+xml': [{ url: routes.rss(), title: 'Nytt från RUS (RSS)' }],
  'application/atom+xml': [{ url: routes.atom(), title: 'Nytt från RUS (Atom)' }],
  'text/calendar': [{ url: routes.eventsCalendar(), title: 'Evenemang i Nytt från RUS' }],
}

/** Canonical URL, description, Open Graph and Twitter card for one page (absolute via metadataBase). */
export function pageMetadata({ title, description, path, type = 'website', publishedTime, modifiedTime, shareImage = false }: Options): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path, types: FEED_LINKS },
    openGraph: {
      type,
      title,
      description,
      url: path,
      siteName: SITE_NAME,
      locale: 'sv_SE',
      ...(type === 'article' ? { publishedTime, modifiedTime } : {}),
    },
    // og:image and twitter:image come from the page's opengraph-image / twitter-image files.
    twitter: { card: shareImage ? 'summary_large_image' : 'summary', title, description },
  }
}

/** Keeps a share description within what previews show (about 160 characters). */
export function shortDescription(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).replace(/\s+\S*$/, '')}…`
}
