import { describeWhen, describeWhere } from '@/content/eventWhen'
import type { EventView } from '@/content/types'
import { routes } from '@/lib/routes'

type Props = { id: string; title: string; events: EventView[]; empty: string }

export function EventList({ id, title, events, empty }: Props) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {events.length === 0 ? <p className="mt-2">{empty}</p> : null}
      <ul className="mt-2 divide-y divide-line">
        {events.map((event) => (
          <li key={event.slug} className="py-3">
            <a href={routes.event(event.slug)} className="font-semibold">
              {event.title}
            </a>
            <span className="block text-sm text-muted">
              {describeWhen(event)} · {describeWhere(event)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
