import { Column, Heading, Row, Text } from '@react-email/components'

import { formatDate } from '@/lib/dates'

import { CORRECTIONS_COPY } from '../copy'
import type { EmailContext } from '../context'
import { look } from '../styles'

import { A } from './A'

/**
 * "Rättelser" at the top of a corrected issue: every correction with its date and note, and the
 * way to the copy that went out first. Framed like the TIPS! box, so it reads as the publisher's
 * note and not as part of an article.
 */
export function Corrections({ ctx }: { ctx: EmailContext }) {
  if (!ctx.sent || ctx.sent.corrections.length === 0) return null
  const { sentAt, corrections, firstCopyHref } = ctx.sent
  return (
    <Row {...look('box')}>
      <Column {...look('boxCell')}>
        <Heading as="h2" {...look('h4')}>
          {CORRECTIONS_COPY.heading}
        </Heading>
        <Text {...look('p')}>{CORRECTIONS_COPY.intro(formatDate(sentAt))}</Text>
        <ul {...look('list')}>
          {corrections.map((correction) => (
            <li key={correction.at} {...look('listItem')}>
              {CORRECTIONS_COPY.entry(formatDate(correction.at), correction.note)}
            </li>
          ))}
        </ul>
        <Text {...look('p')}>
          <A href={firstCopyHref}>{CORRECTIONS_COPY.firstCopy}</A>
        </Text>
      </Column>
    </Row>
  )
}
