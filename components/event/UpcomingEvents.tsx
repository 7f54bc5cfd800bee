import { describeWhen } from '@/content/eventWhen'
import { splitEvents } from '@/content/timing'
import type { EventView } from '@/content/types'
import { routes } from '@/lib/routes'

/** The next few events (by today's date in Stockholm) and a link to all of them. */
export function UpcomingEvents({ events, limit }: { events: EventView[]; limit: number }) {
  const { upcoming } = splitEvents(events)
  return (
    <section aria-labelledby="kommande">
      <h2 id="kommande" className="text-lg font-bold">
        Kommande evenemang
      </h2>
      {upcoming.length === 0 ? <p className="mt-2">Inga kommande evenemang just nu.</p> : null}
      <ul className="mt-2 space-y-2">
        {upcoming.slice(0, limit).map((event) => (
          <li key={event.slug}>
            <a href={routes.event(event.slug)}>{event.title}</a>
            <span className="block text-sm text-muted">{describeWhen(event)}</span>
          </li>
        ))}
      </ul>
      <p className="mt-2">
        <a href={routes.events()}>Alla evenemang</a>
      </p>
    </section>
  )
}
