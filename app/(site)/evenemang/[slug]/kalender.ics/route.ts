import { eventsToIcs } from '@/content/calendar/eventToIcs'
import { getEvent } from '@/content/reads/events'
import { getSettings } from '@/content/reads/settings'
import { isPublishedSlug } from '@/content/reads/slugs'
import { cachedRoute } from '@/site/cachedRoute'

export const dynamic = 'force-dynamic'

const text = (status: number, message: string) => ({ status, body: `${message}\n`, contentType: 'text/plain; charset=utf-8' })

/** "Lägg till i kalender": one event as an iCalendar file. */
export const GET = cachedRoute<{ slug: string }>({
  exists: ({ payload }, { slug }) => isPublishedSlug(payload, 'events', slug),
  produce: async ({ payload, reader }, { slug }) => {
    const event = await getEvent(payload, reader, slug)
    if (!event) return null
    if (!event.startsAt) return text(404, 'Evenemanget har inget datum ännu, så det går inte att lägga i en kalender.')
    return {
      body: eventsToIcs([event], await getSettings(payload)),
      contentType: 'text/calendar; charset=utf-8',
      headers: { 'Content-Disposition': `attachment; filename="${event.slug}.ics"` },
    }
  },
  notFound: async () => text(404, 'Evenemanget finns inte.'),
})
