import { describeWhen } from '@/content/eventWhen'
import { getEvent } from '@/content/reads/events'
import { shareImageRoute } from '@/site/shareImages'

export const dynamic = 'force-dynamic'

export const GET = shareImageRoute('events', async ({ payload, reader }, slug) => {
  const event = await getEvent(payload, reader, slug)
  return event ? { kind: 'Evenemang', title: event.title, date: describeWhen(event) } : null
})
