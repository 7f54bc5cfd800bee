import { routes } from '@/lib/routes'
import { revalidationHooks } from '@/lib/revalidation/revalidationHooks'

export const revalidateEvent = revalidationHooks('events', (slug) => [routes.events(), routes.event(slug), routes.eventCalendar(slug)])
