import type { SettingsView } from '@/content/types'
import { absoluteUrl, routes } from '@/lib/routes'
import type { PageMeta } from '@/content/pageMeta'
import { SITE_STYLESHEET } from '@/lib/styles/site.generated'

/**
 * The <head> of every reader's page: what Next's metadata API wrote before, written out here since
 * the pages are plain HTML now (site/renderPage.tsx). The stylesheet is inline (its hash is in the
 * Content-Security-Policy) and the one font is preloaded, so the text needs no second request.
 */
export function Head({ meta, settings }: { meta: PageMeta; settings: SettingsView }) {
  const name = settings.newsletterName
  const title = meta.titleAlone ? name : `${meta.title} – ${name}`
  const url = absoluteUrl(settings.siteUrl, meta.path)
  // Every page shares with a card: its own, or the site's.
  const card = meta.image ?? { path: routes.siteShareImage(), width: 1200, height: 630, alt: `${name}: ${settings.organisationDescription}` }
  const image = absoluteUrl(settings.siteUrl, card.path)
  return (
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title}</title>
      <meta name="description" content={meta.description} />
      {meta.noindex ? <meta name="robots" content="noindex, follow" /> : null}
      <link rel="canonical" href={url} />
      <link rel="icon" href="/icon.svg" type="image/svg+xml" />
      <link rel="preload" href={routes.font()} as="font" type="font/woff2" crossOrigin="anonymous" />
      <link rel="alternate" type="application/rss+xml" href={routes.rss()} title={`${name} (RSS)`} />
      <link rel="alternate" type="application/atom+xml" href={routes.atom()} title={`${name} (Atom)`} />
      <link rel="alternate" type="text/calendar" href={routes.eventsCalendar()} title={`Evenemang i ${name}`} />
      <meta property="og:type" content={meta.type ?? 'website'} />
      <meta property="og:title" content={meta.title} />
      <meta property="og:description" content={meta.description} />
      <meta property="og:url" content={url} />
      <meta property="og:site_name" content={name} />
      <meta property="og:locale" content="sv_SE" />
      {meta.type === 'article' && meta.publishedTime ? <meta property="article:published_time" content={meta.publishedTime} /> : null}
      {meta.type === 'article' && meta.modifiedTime ? <meta property="article:modified_time" content={meta.modifiedTime} /> : null}
      <meta property="og:image" content={image} />
      <meta property="og:image:type" content="image/png" />
      <meta property="og:image:width" content={String(card.width)} />
      <meta property="og:image:height" content={String(card.height)} />
      <meta property="og:image:alt" content={card.alt} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={meta.title} />
      <meta name="twitter:description" content={meta.description} />
      <meta name="twitter:image" content={image} />
      <meta name="twitter:image:alt" content={card.alt} />
      <style dangerouslySetInnerHTML={{ __html: SITE_STYLESHEET }} />
    </head>
  )
}
