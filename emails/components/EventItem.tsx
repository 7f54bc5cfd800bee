import { Heading, Section, Text } from '@react-email/components'
import { Fragment } from 'react'

import { openRegistration } from '@/lib/content/openNow'
import type { EventView } from '@/lib/content/types'
import { itemAnchor } from '@/lib/routes'

import { COPY } from '../copy'
import type { EmailContext } from '../context'
import { eventFacts } from '../eventFacts'
import { eventHref } from '../links'
import { RichText } from '../richText/RichText'
import { styles } from '../styles'

import { LinkLine } from './LinkLine'

export function EventItem({ event, ctx }: { event: EventView; ctx: EmailContext }) {
  const facts = eventFacts(event)
  const registration = openRegistration(event, ctx.now)
  return (
    <Section id={itemAnchor('event', event.slug)} style={styles.item}>
      <Heading as="h3" style={styles.h3}>
        {event.heading}
      </Heading>
      {facts.length > 0 ? (
        <Text style={styles.small}>
          {facts.map((fact, index) => (
            <Fragment key={fact}>
              {index > 0 ? <br /> : null}
              {fact}
            </Fragment>
          ))}
        </Text>
      ) : null}
      {event.description ? <RichText value={event.description} ctx={ctx} group={null} /> : <Text style={styles.p}>{event.summary}</Text>}
      {registration ? <LinkLine href={registration.url} label={registration.label} /> : null}
      <LinkLine href={eventHref(ctx, event.slug)} label={COPY.readOnWeb} />
    </Section>
  )
}
