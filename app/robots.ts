import type { MetadataRoute } from 'next'

import { env } from '@/lib/env'
import { absoluteUrl, routes } from '@/lib/routes'

export default function robots(): MetadataRoute.Robots {
  return {
    // The API is not for crawlers, but its image files are the pages' pictures (and their
    // structured data's): the longer Allow wins over the Disallow of /api/.
    rules: { userAgent: '*', allow: ['/', '/api/media/file/'], disallow: [routes.admin(), '/api/', '/forhandsgranska'] },
    sitemap: absoluteUrl(env.siteUrl, routes.sitemap()),
  }
}
