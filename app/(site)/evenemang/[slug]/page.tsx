import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { EventContent } from '@/components/event/EventContent'
import { EventJsonLd } from '@/components/event/EventJsonLd'
import { getEvent, listEvents } from '@/lib/queries/events'
import { currentReader, PUBLIC_READER } from '@/lib/queries/payload'
import { routes } from '@/lib/routes'
import { pageMetadata, shortDescription } from '@/lib/seo/pageMetadata'

// Registration shows as closed from the day after its deadline.
export const revalidate = 600 // seconds; a literal, as Next requires

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await listEvents(PUBLIC_READER)).map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await getEvent(await currentReader(), (await params).slug)
  if (!event) return { title: 'Sidan finns inte' }
  return pageMetadata({ title: event.title, description: shortDescription(event.summary), path: routes.event(event.slug), shareImage: true })
}

export default async function EventPage({ params }: Props) {
  const event = await getEvent(await currentReader(), (await params).slug)
  if (!event) notFound()
  return (
    <>
      <EventJsonLd event={event} />
      <EventContent event={event} />
    </>
  )
}
