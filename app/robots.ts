import type { MetadataRoute } from 'next'

import { env } from '@/lib/env'
import { absoluteUrl, routes } from '@/lib/routes'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: [routes.admin(), '/api/', '/forhandsgranska'] },
    sitemap: absoluteUrl(env.siteUrl, routes.sitemap()),
  }
}
