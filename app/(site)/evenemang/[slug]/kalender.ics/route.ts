import { eventsToIcs } from '@/lib/calendar/eventToIcs'
import { getEvent } from '@/lib/queries/events'
import { PUBLIC_READER } from '@/lib/queries/payload'
import { getSettings } from '@/lib/queries/settings'

type Context = { params: Promise<{ slug: string }> }

const notFound = (message: string) =>
  new Response(`${message}\n`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/** "Lägg till i kalender": one event as an iCalendar file. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params
  const event = await getEvent(PUBLIC_READER, slug)
  if (!event) return notFound('Evenemanget finns inte.')
  if (!event.startsAt) return notFound('Evenemanget har inget datum ännu, så det går inte att lägga i en kalender.')
  return new Response(eventsToIcs([event], await getSettings()), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${event.slug}.ics"`,
      'Cache-Control': 'public, max-age=300',
    },
  })
}
