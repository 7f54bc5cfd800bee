/**
 * What a page says about itself in its <head>: title, description, canonical address, Open
 * Graph and Twitter cards, its share image. Plain data, made by each page from its views and
 * written out by components/page/Head.tsx with the site's origin and the newsletter's name.
 */
export type ShareImage = { path: string; width: number; height: number; alt: string }

export type PageMeta = {
  /** The page's own title; the newsletter's name follows it ("Sök – Nytt från RUS"). */
  title: string
  /** The home page's title is the newsletter's name alone. */
  titleAlone?: boolean
  description: string
  /** Site path of the page: its canonical address. */
  path: string
  type?: 'website' | 'article'
  publishedTime?: string
  modifiedTime?: string
  image?: ShareImage | null
  /** Pages not for search engines (the search results, an error). */
  noindex?: boolean
}

/** Keeps a share description within what previews show (about 160 characters). */
export function shortDescription(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).replace(/\s+\S*$/, '')}…`
}
