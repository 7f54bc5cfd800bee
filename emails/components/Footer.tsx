import { Section, Text } from '@react-email/components'

import type { EmailContext } from '../context'
import { footerLines } from '../footerLines'
import { look } from '../styles'

import { A } from './A'

/** Who gets the e-mail, whom to ask, the privacy notice and the way out. */
export function Footer({ ctx }: { ctx: EmailContext }) {
  return (
    <Section {...look('footer')}>
      {footerLines(ctx).map((line) => (
        <Text key={line.label} {...look('small')}>
          {line.before}
          {line.href ? <A href={line.href}>{line.label}</A> : line.label}
        </Text>
      ))}
    </Section>
  )
}
