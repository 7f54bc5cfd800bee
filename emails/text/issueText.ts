import { formatDate } from '@/lib/dates'
import { richTextToText } from '@/content/richText/toText'
import { bulleted, linked, paragraphs, underlined } from '@/content/richText/textFormat'

import { COPY, CORRECTIONS_COPY } from '../copy'
import type { EmailContext } from '../context'
import { footerLines } from '../footerLines'
import { webVersionHref } from '../links'
import { masthead } from '../masthead'

import { articleText, eventText } from './itemText'

/**
 * The plain-text twin of the HTML, written from the views rather than scraped from the HTML:
 * it reads like the newsletter itself (source.txt), with each link's address in parentheses.
 * Highlights carry no addresses here, since the items follow further down the same text.
 */
export function issueText(ctx: EmailContext): string {
  const { issue } = ctx
  const { name, title, month } = masthead(ctx)
  const highlights = issue.highlights.length > 0 ? [COPY.highlightsIntro, ...bulleted(issue.highlights.map((h) => h.text))].join('\n') : null
  const sections = issue.sections.map((section) =>
    paragraphs([
      underlined(section.heading, '='),
      ...section.items.map((item) => (item.kind === 'article' ? articleText(item, ctx) : eventText(item, ctx))),
    ]),
  )
  const sent = ctx.sent
  const corrections =
    sent && sent.corrections.length > 0
      ? [
          underlined(CORRECTIONS_COPY.heading, '-'),
          CORRECTIONS_COPY.intro(formatDate(sent.sentAt)),
          ...bulleted(sent.corrections.map((c) => CORRECTIONS_COPY.entry(formatDate(c.at), c.note))),
          linked(CORRECTIONS_COPY.firstCopy, sent.firstCopyHref),
        ].join('\n')
      : null
  const footer = footerLines(ctx).map((line) => `${line.before}${linked(line.label, line.href)}`)
  return `${paragraphs([
    [name, title, month].filter(Boolean).join('\n'),
    corrections,
    issue.intro,
    highlights,
    ctx.mode === 'email' ? linked(COPY.openInBrowser, webVersionHref(ctx)) : null,
    ...sections,
    ...issue.notices.map((notice) => richTextToText(notice, { siteUrl: ctx.settings.siteUrl, group: null })),
    ['-'.repeat(40), ...footer].join('\n\n'),
  ])}\n`
}
