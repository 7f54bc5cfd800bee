import { openCallToJoin, openRegistration } from '@/content/openNow'
import type { ArticleView, EventView } from '@/content/types'
import { linked, paragraphs, underlined } from '@/content/richText/textFormat'
import { memberListText, richTextToText } from '@/content/richText/toText'

import { COPY, readOnWeb } from '../copy'
import type { EmailContext } from '../context'
import { eventFacts } from '../eventFacts'
import { articleHref, eventHref } from '../links'

function callToJoinText(article: ArticleView, ctx: EmailContext): string | null {
  const call = openCallToJoin(article.group?.callToJoin, ctx.now)
  if (!call) return null
  if (!call.replyTo) return call.text
  const by = call.replyBy ? ` ${COPY.replyBy} ${call.replyBy}` : ''
  return `${call.text} ${COPY.replyTo} ${linked(call.replyTo, call.replyHref)}${by}`
}

/** An article as the HTML shows it, minus the picture (its credit goes with it). */
export function articleText(article: ArticleView, ctx: EmailContext): string {
  const options = { siteUrl: ctx.settings.siteUrl, group: article.group }
  return paragraphs([
    underlined(article.title, '-'),
    article.lead,
    richTextToText(article.body, options),
    article.memberListAfterBody ? memberListText(article.group, COPY.memberListIntro) : null,
    callToJoinText(article, ctx),
    ...article.readMore.map((link) => linked(link.label, link.url)),
    linked(readOnWeb(article.title), articleHref(ctx, article.slug)),
  ])
}

export function eventText(event: EventView, ctx: EmailContext): string {
  const registration = openRegistration(event, ctx.now)
  return paragraphs([
    underlined(event.heading, '-'),
    eventFacts(event).join('\n'),
    event.description ? richTextToText(event.description, { siteUrl: ctx.settings.siteUrl }) : event.summary,
    registration ? linked(registration.label, registration.url) : null,
    linked(readOnWeb(event.title), eventHref(ctx, event.slug)),
  ])
}
