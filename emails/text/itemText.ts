import type { ArticleView, EventView } from '@/lib/content/types'
import { safeHref } from '@/lib/safeUrl'

import { COPY } from '../copy'
import type { EmailContext } from '../context'
import { openCallToJoin, openRegistration } from '../deadlines'
import { eventFacts } from '../eventFacts'
import { articleHref, eventHref } from '../links'
import { hasMemberListBlock } from '@/lib/richText/memberListBlock'

import { linked, paragraphs, underlined } from './format'
import { memberListText, richTextToText } from './richTextToText'

function callToJoinText(article: ArticleView, ctx: EmailContext): string | null {
  const call = openCallToJoin(article.group, ctx.now)
  if (!call) return null
  if (!call.replyTo) return call.text
  const by = call.replyBy ? ` ${COPY.replyBy} ${call.replyBy}` : ''
  return `${call.text} ${COPY.replyTo} ${linked(call.replyTo, call.replyHref)}${by}`
}

/** An article as the HTML shows it, minus the picture (its credit goes with it). */
export function articleText(article: ArticleView, ctx: EmailContext): string {
  const listAfterBody = !hasMemberListBlock(article.body) ? memberListText(article.group, COPY.memberListIntro) : null
  return paragraphs([
    underlined(article.title, '-'),
    article.lead,
    richTextToText(article.body, ctx, article.group),
    listAfterBody,
    callToJoinText(article, ctx),
    ...article.readMore.map((link) => linked(link.label, safeHref(link.url))),
    linked(COPY.readOnWeb, articleHref(ctx, article.slug)),
  ])
}

export function eventText(event: EventView, ctx: EmailContext): string {
  const registration = openRegistration(event, ctx.now)
  const registrationHref = safeHref(registration?.url)
  return paragraphs([
    underlined(event.heading, '-'),
    eventFacts(event).join('\n'),
    event.description ? richTextToText(event.description, ctx, null) : event.summary,
    registration && registrationHref ? linked(registration.label, registrationHref) : null,
    linked(COPY.readOnWeb, eventHref(ctx, event.slug)),
  ])
}
