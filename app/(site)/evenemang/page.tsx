import { EventList } from '@/components/event/EventList'
import { splitEvents } from '@/lib/content/timing'
import { listEvents } from '@/lib/queries/events'
import { currentReader } from '@/lib/queries/payload'
import { routes } from '@/lib/routes'
import { pageMetadata } from '@/lib/seo/pageMetadata'

// Upcoming and past are decided by today's date in Stockholm, so the page is remade every ten
// minutes from cached data, and at once when an editor publishes.
export const revalidate = 600 // seconds; a literal, as Next requires

export const metadata = pageMetadata({
  title: 'Evenemang',
  description: 'Utbildningar, konferenser och möten inom miljömålsarbetet som Nytt från RUS berättar om.',
  path: routes.events(),
})

export default async function EventsPage() {
  const { upcoming, past } = splitEvents(await listEvents(await currentReader()))
  return (
    <>
      <h1 className="text-3xl font-bold text-brand">Evenemang</h1>
      <EventList id="kommande" title="Kommande" events={upcoming} empty="Inga kommande evenemang just nu." />
      <EventList id="tidigare" title="Tidigare" events={past} empty="Inga tidigare evenemang." />
    </>
  )
}
