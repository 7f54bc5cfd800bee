import { formatDate } from '@/lib/dates'
import { isRegistrationOpen } from '@/lib/content/timing'
import type { EventView } from '@/lib/content/types'
import { safeHref } from '@/lib/safeUrl'

/** The registration link while it is open; after the deadline (or the event) it says it has closed. */
export function Registration({ event }: { event: EventView }) {
  const registration = event.registration
  const href = safeHref(registration?.url)
  if (!registration || !href) return null
  if (!isRegistrationOpen(event)) {
    return <p className="mt-6 font-semibold text-muted">Anmälan är stängd.</p>
  }
  return (
    <p className="mt-6">
      <a href={href} className="inline-block rounded bg-brand px-4 py-2 font-semibold text-paper no-underline">
        {registration.label}
      </a>
      {registration.deadline ? <span className="ml-2 text-sm">Sista anmälningsdag {formatDate(registration.deadline)}.</span> : null}
    </p>
  )
}
