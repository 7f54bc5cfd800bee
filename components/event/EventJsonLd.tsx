import { JsonLd } from '@/components/ui/JsonLd'
import type { EventView } from '@/lib/content/types'
import { env } from '@/lib/env'
import { absoluteUrl, routes } from '@/lib/routes'

const ATTENDANCE = {
  online: 'https://schema.org/OnlineEventAttendanceMode',
  physical: 'https://schema.org/OfflineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const

export function EventJsonLd({ event }: { event: EventView }) {
  const url = absoluteUrl(env.siteUrl, routes.event(event.slug))
  const virtual = { '@type': 'VirtualLocation', url: event.onlineUrl ?? url }
  const place = { '@type': 'Place', name: event.place ?? 'Meddelas senare' }
  const location = event.attendance === 'online' ? virtual : event.attendance === 'physical' ? place : [place, virtual]
  return (
    <JsonLd
      data={{
        '@type': 'Event',
        name: event.title,
        description: event.summary,
        url,
        inLanguage: 'sv-SE',
        startDate: event.startsAt ?? undefined,
        endDate: event.endsAt ?? undefined,
        eventStatus: 'https://schema.org/EventScheduled',
        eventAttendanceMode: ATTENDANCE[event.attendance],
        location,
        organizer: event.organisers
          .filter((o) => o.role !== 'partner')
          .map((o) => ({ '@type': 'Organization', name: o.name })),
      }}
    />
  )
}
