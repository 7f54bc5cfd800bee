import { JsonLd, publisherOf } from '@/components/ui/JsonLd'
import type { EventView, SettingsView } from '@/content/types'
import { stockholmDay } from '@/lib/dates'
import { absoluteUrl, routes } from '@/lib/routes'

const ATTENDANCE = {
  online: 'https://schema.org/OnlineEventAttendanceMode',
  physical: 'https://schema.org/OfflineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const

/**
 * When the event is, as schema.org reads it: a time only when one is known (all-day events are
 * dates, "2021-05-05"), and nothing scheduled when only an approximate time is known ("slutet av maj").
 */
function schedule(event: EventView): Record<string, string> {
  if (!event.startsAt || event.approximateDate) return {}
  const at = (iso: string) => (event.allDay ? stockholmDay(iso) : iso)
  return {
    startDate: at(event.startsAt),
    ...(event.endsAt ? { endDate: at(event.endsAt) } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
  }
}

export function EventJsonLd({ event, settings }: { event: EventView; settings: SettingsView }) {
  const url = absoluteUrl(settings.siteUrl, routes.event(event.slug))
  const virtual = { '@type': 'VirtualLocation', url: event.onlineUrl ?? url }
  const place = { '@type': 'Place', name: event.place ?? 'Meddelas senare' }
  const location = event.attendance === 'online' ? virtual : event.attendance === 'physical' ? place : [place, virtual]
  const organisers = event.organisers.filter((o) => o.role !== 'partner').map((o) => ({ '@type': 'Organization', name: o.name }))
  return (
    <JsonLd
      data={{
        '@type': 'Event',
        name: event.title,
        description: event.summary,
        url,
        inLanguage: 'sv-SE',
        image: [absoluteUrl(settings.siteUrl, routes.shareImage('event', event.slug))],
        ...schedule(event),
        eventAttendanceMode: ATTENDANCE[event.attendance],
        location,
        organizer: organisers.length > 0 ? organisers : publisherOf(settings),
      }}
    />
  )
}
