import type { Metadata } from 'next'

type Options = {
  title: string
  description: string
  /** Site path of the page (its canonical URL). */
  path: string
  type?: 'website' | 'article'
  publishedTime?: string
  modifiedTime?: string
  image?: { url: string; width: number; height: number; alt: string } | null
}

const SITE_NAME = 'Nytt från RUS'

/** Canonical URL, description, Open Graph and Twitter card for one page (absolute via metadataBase). */
export function pageMetadata({ title, description, path, type = 'website', publishedTime, modifiedTime, image }: Options): Metadata {
  const images = image ? [{ url: image.url, width: image.width, height: image.height, alt: image.alt }] : undefined
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
      images,
      ...(type === 'article' ? { publishedTime, modifiedTime } : {}),
    },
    twitter: { card: image ? 'summary_large_image' : 'summary', title, description, images: images?.map((i) => i.url) },
  }
}

/** Keeps a share description within what previews show (about 160 characters). */
export function shortDescription(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).replace(/\s+\S*$/, '')}…`
}
