import { EventContent } from '@/components/event/EventContent'
import { EventJsonLd } from '@/components/event/EventJsonLd'
import { getEvent } from '@/content/reads/events'
import { isPublishedSlug } from '@/content/reads/slugs'
import { routes } from '@/lib/routes'
import { shortDescription } from '@/content/pageMeta'
import { SHARE_IMAGE } from '@/site/shareImages'
import { sitePage } from '@/site/sitePage'

export const dynamic = 'force-dynamic'

// Registration shows as closed from the day after its deadline: remade every ten minutes.
export const GET = sitePage<{ slug: string }>({
  revalidate: 600,
  exists: ({ payload }, { slug }) => isPublishedSlug(payload, 'events', slug),
  render: async ({ payload, reader }, { slug }, settings) => {
    const event = await getEvent(payload, reader, slug)
    if (!event) return null
    return {
      meta: {
        title: event.title,
        description: shortDescription(event.summary),
        path: routes.event(event.slug),
        image: { path: routes.shareImage('event', event.slug), ...SHARE_IMAGE, alt: `Evenemanget ${event.title} i ${settings.newsletterName}` },
      },
      body: (
        <>
          <EventJsonLd event={event} settings={settings} />
          <EventContent event={event} />
        </>
      ),
    }
  },
})
