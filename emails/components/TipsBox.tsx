import { Column, Heading, Row } from '@react-email/components'
import type { ReactNode } from 'react'

import { look } from '../styles'

/**
 * The newsletter's framed "TIPS!" box: a one-cell table, since borders and backgrounds on a
 * table cell are what every e-mail client draws. Like the site's box (components/richText/TipsBox)
 * it shows the heading and the text; the tip's optional event is not written out.
 */
export function TipsBox({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <Row {...look('box')}>
      <Column {...look('boxCell')}>
        <Heading as="h4" {...look('h4')}>
          {heading}
        </Heading>
        {children}
      </Column>
    </Row>
  )
}
