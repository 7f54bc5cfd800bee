import { openRegistration } from '@/content/openNow'
import type { EventView } from '@/content/types'
import { formatDate } from '@/lib/dates'

/** The registration link while it is open; after the deadline (or the event) it says it has closed. */
export function Registration({ event }: { event: EventView }) {
  if (!event.registration) return null
  const registration = openRegistration(event)
  if (!registration) return <p className="mt-6 font-semibold text-muted">Anmälan är stängd.</p>
  return (
    <p className="mt-6">
      <a href={registration.url} className="inline-block rounded bg-brand px-4 py-2 font-semibold text-paper no-underline">
        {registration.label}
      </a>
      {registration.deadline ? <span className="ml-2 text-sm">Sista anmälningsdag {formatDate(registration.deadline)}.</span> : null}
    </p>
  )
}
