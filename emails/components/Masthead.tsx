import { Heading, Section, Text } from '@react-email/components'

import type { EmailContext } from '../context'
import { masthead } from '../masthead'
import { look } from '../styles'

/** The title is the one h1; the month goes under it, as in the e-mail. */
export function Masthead({ ctx }: { ctx: EmailContext }) {
  const { name, title, month } = masthead(ctx)
  return (
    <Section>
      {name ? <Text {...look('kicker')}>{name}</Text> : null}
      <Heading as="h1" {...look('h1')}>
        {title}
      </Heading>
      <Text {...look('month')}>{month}</Text>
    </Section>
  )
}
