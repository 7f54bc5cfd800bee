import { eventsCalendarRoute } from '@/site/feedRoutes'

export const dynamic = 'force-dynamic'

export const GET = eventsCalendarRoute
