/**
 * Payload documents (populated by content/reads with overrideAccess: false) into the view shapes
 * of content/types.ts. A relation that is not an object was not readable — a draft or a
 * deleted document — and is left out, so nothing unpublished can slip into a page or an e-mail.
 * Every stored address passes the one safe-URL rule here (lib/safeUrl.ts), whatever the database
 * holds: a view carries a link that may be followed, or none.
 */
import type { Article, Event, Issue, Media, Member, ReferenceGroup, ReusableText, SiteSetting } from '@/payload-types'
import { routes } from '@/lib/routes'
import { hasMemberListBlock } from '@/content/richText/blocks'
import type { RichText } from '@/content/richText/build'
import { safeHref, safeHrefOrPath } from '@/lib/safeUrl'

import type {
  ArticleView,
  EventRef,
  EventView,
  FooterView,
  GroupView,
  ImageSizeView,
  ImageView,
  IssueItemView,
  IssueRef,
  IssueView,
  SettingsView,
} from './types'

const isDoc = <T extends { id: number }>(value: number | T | null | undefined): value is T =>
  typeof value === 'object' && value !== null

const orNull = (value: string | null | undefined): string | null => (value && value.trim() ? value : null)

function toSize(size: { url?: string | null; width?: number | null; height?: number | null } | undefined): ImageSizeView | null {
  return size?.url && size.width && size.height ? { src: size.url, width: size.width, height: size.height } : null
}

export function toImageView(media: number | Media | null | undefined): ImageView | null {
  if (!isDoc(media) || !media.url || !media.width || !media.height) return null
  return {
    src: media.url,
    width: media.width,
    height: media.height,
    alt: media.alt,
    credit: orNull(media.credit),
    card: toSize(media.sizes?.card),
    wide: toSize(media.sizes?.wide),
    email: toSize(media.sizes?.email),
  }
}

export function toEventRef(event: Event): EventRef {
  return {
    slug: event.slug ?? '',
    title: event.title,
    startsAt: orNull(event.startsAt),
    approximateDate: orNull(event.approximateDate),
    allDay: Boolean(event.allDay),
  }
}

export function toGroupView(group: number | ReferenceGroup | null | undefined): GroupView | null {
  if (!isDoc(group)) return null
  const call = group.callToJoin
  const replyTo = isDoc<Member>(call?.replyTo) ? call.replyTo.name : null
  return {
    slug: group.slug ?? '',
    name: group.name,
    purpose: group.purpose,
    members: (group.memberships ?? []).flatMap((m) =>
      isDoc<Member>(m.member)
        ? [{ name: m.member.name, title: orNull(m.member.title), county: orNull(m.member.county), organisation: orNull(m.member.organisation), isConvener: m.role === 'convener' }]
        : [],
    ),
    nextMeeting: isDoc<Event>(group.nextMeeting) ? toEventRef(group.nextMeeting) : null,
    callToJoin: call?.text ? { text: call.text, replyToName: replyTo, contactEmail: orNull(call.contactEmail), deadline: orNull(call.deadline) } : null,
    notes: group.notes?.location ? { location: group.notes.location, url: safeHref(group.notes.url) } : null,
    updatedAt: group.updatedAt,
  }
}

export function toArticleView(article: Article, issues: IssueRef[] = []): ArticleView {
  const group = toGroupView(article.referenceGroup)
  return {
    kind: 'article',
    slug: article.slug ?? '',
    title: article.title,
    lead: article.lead,
    body: article.body ?? null,
    image: toImageView(article.image),
    // An address that may not be followed leaves its label, as text.
    readMore: (article.readMore ?? []).map(({ label, url }) => ({ label, url: safeHref(url) })),
    group,
    memberListAfterBody: group !== null && !hasMemberListBlock(article.body),
    issues,
    updatedAt: article.updatedAt,
  }
}

export function toEventView(event: Event): EventView {
  const registrationUrl = safeHref(event.registration?.url)
  const registration = registrationUrl
    ? { url: registrationUrl, label: event.registration?.label || 'Anmäl dig här', deadline: orNull(event.registration?.deadline) }
    : null
  // The admin hides the fields that do not apply to the form of attendance, and Payload does not
  // validate hidden fields: what they hold is not shown.
  const inPerson = event.attendance !== 'online'
  const online = event.attendance !== 'physical'
  const group = isDoc<ReferenceGroup>(event.referenceGroup) ? { slug: event.referenceGroup.slug ?? '', name: event.referenceGroup.name } : null
  return {
    kind: 'event',
    id: event.id,
    slug: event.slug ?? '',
    title: event.title,
    heading: event.newsletterHeading || event.title,
    summary: event.summary,
    description: event.description ?? null,
    startsAt: orNull(event.startsAt),
    endsAt: orNull(event.endsAt),
    allDay: Boolean(event.allDay),
    approximateDate: orNull(event.approximateDate),
    attendance: event.attendance,
    place: inPerson ? orNull(event.place) : null,
    onlineDetails: online ? orNull(event.onlineDetails) : null,
    onlineUrl: online ? safeHref(event.onlineUrl) : null,
    organisers: (event.organisers ?? []).map(({ name, role }) => ({ name, role })),
    theme: orNull(event.theme),
    registration,
    group,
    updatedAt: event.updatedAt,
  }
}

export const toIssueRef = (issue: Pick<Issue, 'slug' | 'title' | 'issueDate'>): IssueRef => ({
  slug: issue.slug ?? '',
  title: issue.title,
  issueDate: issue.issueDate,
})

function toItem(item: { kind: 'article' | 'event'; article?: number | Article | null; event?: number | Event | null }, issue: IssueRef): IssueItemView | null {
  if (item.kind === 'article' && isDoc<Article>(item.article)) return toArticleView(item.article, [issue])
  if (item.kind === 'event' && isDoc<Event>(item.event)) return toEventView(item.event)
  return null
}

export function toFooterView(issue: Issue, settings: SettingsView): FooterView {
  return {
    distributionNote: orNull(issue.footer?.distributionNote) ?? settings.distributionNote,
    contactName: orNull(issue.footer?.contactName) ?? settings.contactName,
    contactEmail: orNull(issue.footer?.contactEmail) ?? settings.contactEmail,
  }
}

export function toIssueView(issue: Issue, settings: SettingsView): IssueView {
  const ref = toIssueRef(issue)
  const sections = (issue.sections ?? []).map((section) => ({
    heading: section.heading,
    items: (section.items ?? []).map((item) => toItem(item, ref)).filter((item): item is IssueItemView => item !== null),
  }))
  const present = new Set(sections.flatMap((s) => s.items.map((i) => `${i.kind}:${i.slug}`)))
  return {
    slug: ref.slug,
    title: issue.title,
    issueDate: issue.issueDate,
    preheader: orNull(issue.preheader),
    intro: issue.intro,
    highlights: (issue.highlights ?? []).map((h) => {
      const doc = h.kind === 'article' ? h.article : h.kind === 'event' ? h.event : null
      const slug = isDoc<Article | Event>(doc) ? doc.slug : null
      // A highlight points only at an item this issue really shows.
      const target = h.kind && slug && present.has(`${h.kind}:${slug}`) ? { kind: h.kind, slug } : null
      return { text: h.text, target }
    }),
    sections,
    // Published texts only reach a reader's read (access); one not reached is left out.
    notices: (issue.reusableTexts ?? []).flatMap((text) => (isDoc<ReusableText>(text) && text.body ? [text.body as RichText] : [])),
    footer: toFooterView(issue, settings),
    updatedAt: issue.updatedAt,
  }
}

/** The settings with the site's one origin (SITE_URL, lib/env.ts), which no setting overrides. */
export function toSettingsView(settings: SiteSetting, siteUrl: string): SettingsView {
  return {
    newsletterName: settings.newsletterName,
    organisationName: settings.organisationName,
    organisationDescription: settings.organisationDescription,
    distributionNote: orNull(settings.distributionNote),
    contactName: orNull(settings.contactName),
    contactEmail: orNull(settings.contactEmail),
    privacyUrl: safeHrefOrPath(settings.privacyUrl) ?? routes.privacy(),
    unsubscribeUrl: safeHrefOrPath(settings.unsubscribeUrl),
    unsubscribePlaceholder: settings.unsubscribePlaceholder || '{{unsubscribe}}',
    siteUrl: siteUrl.replace(/\/+$/, ''),
  }
}
