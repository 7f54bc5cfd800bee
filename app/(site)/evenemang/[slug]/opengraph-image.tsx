import { notFound } from 'next/navigation'

import { describeWhen } from '@/lib/content/eventWhen'
import { shareImage, SHARE_IMAGE_SIZE } from '@/lib/og/shareImage'
import { getEvent, listEvents } from '@/lib/queries/events'
import { PUBLIC_READER } from '@/lib/queries/payload'
import { getSettings } from '@/lib/queries/settings'

export const size = SHARE_IMAGE_SIZE
export const contentType = 'image/png'

// Rendered at build for every published slug and kept in the route cache; the document's tags
// expire it when it changes.
export async function generateStaticParams() {
  return (await listEvents(PUBLIC_READER)).map(({ slug }) => ({ slug }))
}

export const alt = 'Evenemang i Nytt från RUS'

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const event = await getEvent(PUBLIC_READER, (await params).slug)
  if (!event) notFound()
  const { newsletterName } = await getSettings()
  return shareImage({ kind: 'Evenemang', title: event.title, newsletterName, date: describeWhen(event) })
}
