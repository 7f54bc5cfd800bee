import { COPY } from './copy'
import type { EmailContext } from './context'
import { mailtoHref } from '@/lib/safeUrl'

import { privacyHref, unsubscribeHref } from './links'

/** A line of text whose `label` is a link when `href` is set, after an optional plain lead-in. */
export type FooterLine = { before: string; label: string; href: string | null }

/**
 * The footer, in the seed e-mail's order, as data both the HTML and the plain text write out.
 * A line whose link is missing (no privacy page, no unsubscribe page on the web) is left out
 * rather than shown as a dead "Klicka här".
 */
export function footerLines(ctx: EmailContext): FooterLine[] {
  const { footer } = ctx.issue
  const lines: (FooterLine | null)[] = [
    footer.distributionNote ? { before: '', label: footer.distributionNote, href: null } : null,
    contactLine(footer.contactName, footer.contactEmail),
    linkLine(COPY.privacy, privacyHref(ctx)),
    linkLine(COPY.unsubscribe, unsubscribeHref(ctx)),
  ]
  return lines.filter((line): line is FooterLine => line !== null)
}

function contactLine(name: string | null, email: string | null): FooterLine | null {
  const label = name ?? email
  return label ? { before: `${COPY.questions} `, label, href: mailtoHref(email) } : null
}

const linkLine = (label: string, href: string | null): FooterLine | null => (href ? { before: '', label, href } : null)
