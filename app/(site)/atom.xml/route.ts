import { feedRoute } from '@/site/feedRoutes'

export const dynamic = 'force-dynamic'

export const GET = feedRoute('atom')
