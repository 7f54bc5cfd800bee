import { RichTextContent } from '@/components/richText/RichTextContent'
import { describeWhen, describeWhere } from '@/content/eventWhen'
import type { EventView } from '@/content/types'
import { routes } from '@/lib/routes'

import { Organisers } from './Organisers'
import { Registration } from './Registration'

/** One event: when, where or how online, who arranges it, theme, registration, calendar file. */
export function EventContent({ event }: { event: EventView }) {
  return (
    <article>
      <h1 className="text-3xl font-bold leading-tight text-brand">{event.title}</h1>
      {event.heading !== event.title ? <p className="mt-2 text-lg font-medium">{event.heading}</p> : null}
      <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 rounded bg-mist p-4">
        <dt className="font-semibold">När</dt>
        <dd>{describeWhen(event)}</dd>
        <dt className="font-semibold">Var</dt>
        <dd>
          {describeWhere(event)}
          {event.onlineUrl ? (
            <>
              {' '}
              – <a href={event.onlineUrl}>länk till mötet</a>
            </>
          ) : null}
        </dd>
        {event.theme ? (
          <>
            <dt className="font-semibold">Tema</dt>
            <dd>{event.theme}</dd>
          </>
        ) : null}
      </dl>
      <p className="mt-6">{event.summary}</p>
      <RichTextContent value={event.description} className="prose-rus mt-4" />
      <Organisers organisers={event.organisers} />
      {event.group ? (
        <p className="mt-4">
          Ett möte i <a href={routes.referenceGroup(event.group.slug)}>{event.group.name}</a>.
        </p>
      ) : null}
      <Registration event={event} />
      {event.startsAt ? (
        <p className="mt-6">
          <a href={routes.eventCalendar(event.slug)} download>
            Lägg till i kalender
          </a>{' '}
          <span className="text-sm text-muted">(iCalendar-fil)</span>
        </p>
      ) : null}
    </article>
  )
}
