import { eventsToIcs } from '@/lib/calendar/eventToIcs'
import { listEvents } from '@/lib/queries/events'
import { PUBLIC_READER } from '@/lib/queries/payload'
import { getSettings } from '@/lib/queries/settings'

// Every published event as one calendar to subscribe to; expired when an event is published.
export const dynamic = 'force-static'

export async function GET(): Promise<Response> {
  const ics = eventsToIcs(await listEvents(PUBLIC_READER), await getSettings())
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
