import type { Metadata } from 'next'

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

/** Canonical URL, description, Open Graph and Twitter card for one page (absolute via metadataBase). */
export function pageMetadata({ title, description, path, type = 'website', publishedTime, modifiedTime, shareImage = false }: Options): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
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
