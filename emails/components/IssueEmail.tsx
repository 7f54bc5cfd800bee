import { Body, Container, Head, Html, Preview } from '@react-email/components'

import type { EmailContext } from '../context'
import { styles } from '../styles'

import { Footer } from './Footer'
import { Introduction } from './Introduction'
import { IssueSection } from './IssueSection'
import { Masthead } from './Masthead'

/** The whole issue, top to bottom in the order of the March 2021 e-mail. */
export function IssueEmail({ ctx, preheader }: { ctx: EmailContext; preheader: string }) {
  const { issue } = ctx
  return (
    <Html lang="sv">
      <Head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{issue.title}</title>
      </Head>
      <Body style={styles.body}>
        {preheader ? <Preview>{preheader}</Preview> : null}
        <Container style={styles.container}>
          <Masthead ctx={ctx} />
          <Introduction ctx={ctx} />
          {issue.sections.map((section, index) => (
            <IssueSection key={index} section={section} ctx={ctx} />
          ))}
          <Footer ctx={ctx} />
        </Container>
      </Body>
    </Html>
  )
}
