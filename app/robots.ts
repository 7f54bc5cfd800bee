import type { MetadataRoute } from 'next'

import { env } from '@/lib/env'
import { absoluteUrl, routes } from '@/lib/routes'

export default function robots(): MetadataRoute.Robots {
  return {
    // The API is not for crawlers, but its image files are the pages' pictures (and their
    // structured data's): the longer Allow wins over the Disallow of /api/. Personal links (a
    // confirmation, an unsubscribe page) are nothing to crawl; the sign-up page itself is.
    rules: {
      userAgent: '*',
      allow: ['/', '/api/media/file/'],
      disallow: [routes.admin(), '/api/', '/forhandsgranska', '/prenumerera/bekrafta/', `${routes.unsubscribeInfo()}/`],
    },
    sitemap: absoluteUrl(env.siteUrl, routes.sitemap()),
  }
}
