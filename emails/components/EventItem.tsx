import { Heading, Section, Text } from '@react-email/components'
import { Fragment } from 'react'

import { openRegistration } from '@/content/openNow'
import type { EventView } from '@/content/types'
import { itemAnchor } from '@/lib/routes'

import { readOnWeb } from '../copy'
import type { EmailContext } from '../context'
import { eventFacts } from '../eventFacts'
import { eventHref } from '../links'
import { RichText } from '../richText/RichText'
import { look } from '../styles'

import { LinkLine } from './LinkLine'

export function EventItem({ event, ctx }: { event: EventView; ctx: EmailContext }) {
  const facts = eventFacts(event)
  const registration = openRegistration(event, ctx.now)
  return (
    <Section id={itemAnchor('event', event.slug)} {...look('item')}>
      <Heading as="h3" {...look('h3')}>
        {event.heading}
      </Heading>
      {facts.length > 0 ? (
        <Text {...look('small')}>
          {facts.map((fact, index) => (
            <Fragment key={fact}>
              {index > 0 ? <br /> : null}
              {fact}
            </Fragment>
          ))}
        </Text>
      ) : null}
      {event.description ? <RichText value={event.description} ctx={ctx} group={null} /> : <Text {...look('p')}>{event.summary}</Text>}
      {registration ? <LinkLine href={registration.url} label={registration.label} /> : null}
      <LinkLine href={eventHref(ctx, event.slug)} label={readOnWeb(event.title)} />
    </Section>
  )
}
