import type { SettingsView } from '@/content/types'
import { absoluteUrl, routes } from '@/lib/routes'

/**
 * Structured data for search engines. `<` is escaped so that no text from the content can end
 * the script element early; it is a data block, which no Content-Security-Policy treats as a script.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  const json = JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c')
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
}

/** The organisation behind the newsletter, as author and publisher, with its logo and address. */
export const publisherOf = (settings: SettingsView) => ({
  '@type': 'Organization',
  name: settings.organisationName,
  url: absoluteUrl(settings.siteUrl, routes.home()),
  logo: { '@type': 'ImageObject', url: absoluteUrl(settings.siteUrl, '/icon.svg') },
})
