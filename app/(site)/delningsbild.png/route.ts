import { siteShareImageRoute } from '@/site/shareImages'

export const dynamic = 'force-dynamic'

export const GET = siteShareImageRoute
