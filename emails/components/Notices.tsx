import { Section } from '@react-email/components'

import type { EmailContext } from '../context'
import { RichText } from '../richText/RichText'
import { look } from '../styles'

/** The issue's reusable texts ("Glöm inte att prenumerera …"), last before the footer, in order. */
export function Notices({ ctx }: { ctx: EmailContext }) {
  if (ctx.issue.notices.length === 0) return null
  return (
    <Section {...look('item')}>
      {ctx.issue.notices.map((notice, index) => (
        <RichText key={index} value={notice} ctx={ctx} group={null} />
      ))}
    </Section>
  )
}
