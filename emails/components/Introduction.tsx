import { Section, Text } from '@react-email/components'

import { COPY } from '../copy'
import type { EmailContext } from '../context'
import { highlightHref, webVersionHref } from '../links'
import { look, styles } from '../styles'

import { A } from './A'
import { LinkLine } from './LinkLine'

/** The intro, "Detta tar nyhetsbrevet bland annat upp:" with its list, and (e-mail) the web link. */
export function Introduction({ ctx }: { ctx: EmailContext }) {
  const { issue } = ctx
  return (
    <Section>
      <Text {...look('p')}>{issue.intro}</Text>
      {issue.highlights.length > 0 ? (
        <>
          <Text {...look('p')} style={{ ...styles.p, marginBottom: '8px' }}>{COPY.highlightsIntro}</Text>
          <ul {...look('list')}>
            {issue.highlights.map((highlight) => {
              const href = highlightHref(ctx, highlight.target)
              return (
                <li key={highlight.text} {...look('listItem')}>
                  {href ? <A href={href}>{highlight.text}</A> : highlight.text}
                </li>
              )
            })}
          </ul>
        </>
      ) : null}
      {ctx.mode === 'email' ? <LinkLine href={webVersionHref(ctx)} label={COPY.openInBrowser} /> : null}
    </Section>
  )
}
