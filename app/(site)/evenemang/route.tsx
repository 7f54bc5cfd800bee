import { EventList } from '@/components/event/EventList'
import { splitEvents } from '@/content/timing'
import { listEvents } from '@/content/reads/events'
import { routes } from '@/lib/routes'
import { sitePage } from '@/site/sitePage'

export const dynamic = 'force-dynamic'

// Upcoming and past are decided by today's date in Stockholm: remade every ten minutes from
// cached data, and at once when an editor publishes.
export const GET = sitePage({
  revalidate: 600,
  render: async ({ payload, reader }, _params, settings) => {
    const { upcoming, past } = splitEvents(await listEvents(payload, reader))
    return {
      meta: { title: 'Evenemang', description: `Utbildningar, konferenser och möten inom miljömålsarbetet som ${settings.newsletterName} berättar om.`, path: routes.events() },
      body: (
        <>
          <h1 className="text-3xl font-bold text-brand">Evenemang</h1>
          <EventList id="kommande" title="Kommande" events={upcoming} empty="Inga kommande evenemang just nu." />
          <EventList id="tidigare" title="Tidigare" events={past} empty="Inga tidigare evenemang." />
        </>
      ),
    }
  },
})
