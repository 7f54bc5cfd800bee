import { sitemapRoute } from '@/site/sitemap'

export const dynamic = 'force-dynamic'

export const GET = sitemapRoute
