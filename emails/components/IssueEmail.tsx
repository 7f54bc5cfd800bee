import { Body, Container, Html, Preview } from '@react-email/components'

import { absoluteUrl, routes } from '@/lib/routes'

import type { EmailContext } from '../context'
import { DARK_MODE_CSS, look } from '../styles'

import { Corrections } from './Corrections'
import { Footer } from './Footer'
import { Introduction } from './Introduction'
import { IssueSection } from './IssueSection'
import { Masthead } from './Masthead'
import { Notices } from './Notices'

/** The whole issue, top to bottom in the order of the March 2021 e-mail. */
export function IssueEmail({ ctx, preheader }: { ctx: EmailContext; preheader: string }) {
  const { issue } = ctx
  return (
    <Html lang="sv">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="x-apple-disable-message-reformatting" content="yes" />
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <title>{issue.title}</title>
        {ctx.mode === 'web' ? (
          <>
            {/* The issue's page is the one to index; this is its e-mail, kept as a record. */}
            <link rel="canonical" href={absoluteUrl(ctx.settings.siteUrl, routes.issue(issue.slug))} />
            <meta name="robots" content="noindex, follow" />
          </>
        ) : null}
        <style dangerouslySetInnerHTML={{ __html: DARK_MODE_CSS }} />
      </head>
      <Body {...look('body')}>
        {preheader ? <Preview>{preheader}</Preview> : null}
        <Container {...look('container')}>
          <Masthead ctx={ctx} />
          <Corrections ctx={ctx} />
          <Introduction ctx={ctx} />
          {issue.sections.map((section, index) => (
            <IssueSection key={index} section={section} ctx={ctx} />
          ))}
          <Notices ctx={ctx} />
          <Footer ctx={ctx} />
        </Container>
      </Body>
    </Html>
  )
}
