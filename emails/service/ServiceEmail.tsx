import { Body, Button, Container, Head, Heading, Html, Preview, Section, Text } from '@react-email/components'

import { COLORS, FONT } from '../styles'

export type ServiceEmailProps = {
  newsletterName: string
  heading: string
  paragraphs: string[]
  action?: { label: string; href: string }
  /** Under the button: the link written out, for clients that show no buttons. */
  after?: string[]
}

const text = { fontFamily: FONT, color: COLORS.text, fontSize: '16px', lineHeight: '24px', margin: '0 0 16px', overflowWrap: 'anywhere' as const }

/** A short message about the subscription itself (confirm, already subscribed, your link): one heading, a few lines, one button. */
export function ServiceEmail({ newsletterName, heading, paragraphs, action, after = [] }: ServiceEmailProps) {
  return (
    <Html lang="sv" dir="ltr">
      <Head>
        <meta name="color-scheme" content="light" />
      </Head>
      <Preview>{paragraphs[0] ?? heading}</Preview>
      <Body style={{ backgroundColor: COLORS.background, margin: 0 }}>
        <Container style={{ maxWidth: '600px', padding: '24px' }}>
          <Text style={{ ...text, color: COLORS.muted, fontSize: '14px', margin: '0 0 4px' }}>{newsletterName}</Text>
          <Heading as="h1" style={{ ...text, fontSize: '24px', lineHeight: '30px', fontWeight: 'bold' }}>
            {heading}
          </Heading>
          {paragraphs.map((paragraph) => (
            <Text key={paragraph} style={text}>
              {paragraph}
            </Text>
          ))}
          {action ? (
            <Section style={{ margin: '8px 0 24px' }}>
              <Button href={action.href} style={{ backgroundColor: COLORS.link, color: '#ffffff', fontFamily: FONT, fontSize: '16px', padding: '12px 20px', borderRadius: '4px', textDecoration: 'none' }}>
                {action.label}
              </Button>
            </Section>
          ) : null}
          {after.map((paragraph) => (
            <Text key={paragraph} style={{ ...text, color: COLORS.muted, fontSize: '14px', lineHeight: '20px' }}>
              {paragraph}
            </Text>
          ))}
        </Container>
      </Body>
    </Html>
  )
}
