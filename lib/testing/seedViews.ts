/**
 * The March 2021 issue as the renderers see it, without a database: the seed fixture is shaped
 * into the documents Payload would return (relations populated as objects, fixed ids and
 * timestamps) and passed through the real toIssueView / toSettingsView. For unit tests of the
 * e-mail and the pages, so they exercise exactly the view code the site uses.
 */
import type { Article, Event, Issue, Media, Member, ReferenceGroup, SiteSetting } from '@/payload-types'
import { toIssueView, toSettingsView } from '@/lib/content/toViews'
import type { IssueView, SettingsView } from '@/lib/content/types'
import { STOCKHOLM, stockholmTime } from '@/lib/dates'
import { SEED_ARTICLES } from '@/lib/seed/march2021/articles'
import { SEED_EVENTS } from '@/lib/seed/march2021/events'
import { SEED_ISSUE } from '@/lib/seed/march2021/issue'
import { SEED_GROUP, SEED_MEMBERS, SEED_SETTINGS } from '@/lib/seed/march2021/people'
import { PLACEHOLDER_CREDIT, PLACEHOLDERS } from '@/lib/seed/placeholderImages'

export const SEED_SITE_URL = 'https://nytt.rus.example'

/** One fixed instant for every createdAt/updatedAt, so two runs render byte for byte alike. */
const STAMP = '2021-03-31T08:00:00.000Z'
const stamps = { createdAt: STAMP, updatedAt: STAMP }

const size = (base: string, width: number, height: number, ext: 'webp' | 'jpg') => {
  const filename = `${base}-${width}x${height}.${ext}`
  const mimeType = ext === 'webp' ? 'image/webp' : 'image/jpeg'
  return { url: `/api/media/file/${filename}`, width, height, mimeType, filename }
}

function seedMedia(): Record<keyof typeof PLACEHOLDERS, Media> {
  const media = (id: number, image: (typeof PLACEHOLDERS)[keyof typeof PLACEHOLDERS]): Media => {
    const base = image.filename.replace(/\.jpg$/, '')
    return {
      id,
      alt: image.alt,
      credit: PLACEHOLDER_CREDIT,
      url: `/api/media/file/${image.filename}`,
      filename: image.filename,
      mimeType: 'image/jpeg',
      width: 1200,
      height: 675,
      sizes: { card: size(base, 768, 432, 'webp'), wide: size(base, 1536, 864, 'webp'), email: size(base, 600, 338, 'jpg') },
      ...stamps,
    }
  }
  return { report: media(1, PLACEHOLDERS.report), biodiversity: media(2, PLACEHOLDERS.biodiversity) }
}

function seedMembers(): Record<string, Member> {
  return Object.fromEntries(SEED_MEMBERS.map(({ key, ...member }, index) => [key, { id: index + 1, county: null, ...member, ...stamps }]))
}

const GROUP_ID = 1

function seedEvents(): Record<string, Event> {
  const events = SEED_EVENTS.map((event, index): [string, Event] => [
    event.key,
    {
      id: index + 1,
      title: event.title,
      slug: event.slug,
      newsletterHeading: 'newsletterHeading' in event ? event.newsletterHeading : null,
      summary: event.summary,
      description: event.description,
      startsAt: stockholmTime(event.start.day).toISOString(),
      startsAt_tz: STOCKHOLM,
      endsAt: 'end' in event ? stockholmTime(event.end.day).toISOString() : null,
      allDay: event.allDay,
      approximateDate: 'approximateDate' in event ? event.approximateDate : null,
      attendance: event.attendance,
      onlineDetails: 'onlineDetails' in event ? event.onlineDetails : null,
      organisers: event.organisers.map(({ name, role }) => ({ name, role })),
      theme: event.theme,
      registration: 'registration' in event ? { ...event.registration } : {},
      // Nested inside the group, the meeting is as deep as Payload populates: the group is an id.
      referenceGroup: 'isGroupMeeting' in event ? GROUP_ID : null,
      _status: 'published',
      ...stamps,
    },
  ])
  return Object.fromEntries(events)
}

function seedGroup(members: Record<string, Member>, events: Record<string, Event>): ReferenceGroup {
  const member = (key: string): Member => {
    const found = members[key]
    if (!found) throw new Error(`The seed group names an unknown member: ${key}`)
    return found
  }
  return {
    id: GROUP_ID,
    name: SEED_GROUP.name,
    slug: SEED_GROUP.slug,
    purpose: SEED_GROUP.purpose,
    memberships: SEED_GROUP.memberships.map((m, index) => ({ id: `membership-${index + 1}`, member: member(m.member), role: m.role })),
    nextMeeting: events.groupMeeting ?? null,
    callToJoin: {
      text: SEED_GROUP.callToJoin.text,
      replyTo: member(SEED_GROUP.callToJoin.replyTo),
      deadline: stockholmTime(SEED_GROUP.callToJoin.deadline).toISOString(),
      deadline_tz: STOCKHOLM,
    },
    notes: { location: SEED_GROUP.notesLocation },
    _status: 'published',
    ...stamps,
  }
}

/** Puts the populated event where the fixture names one ("@event:webinar"), as loadSeed puts its id. */
function resolveRefs<T>(value: T, events: Record<string, Event>): T {
  return JSON.parse(JSON.stringify(value), (_, v: unknown) =>
    typeof v === 'string' && v.startsWith('@event:') ? events[v.slice('@event:'.length)] : v,
  ) as T
}

function seedArticles(media: Record<string, Media>, events: Record<string, Event>, group: ReferenceGroup): Record<string, Article> {
  const articles = SEED_ARTICLES.map((article, index): [string, Article] => [
    article.key,
    {
      id: index + 1,
      title: article.title,
      slug: article.slug,
      lead: article.lead,
      body: 'body' in article ? resolveRefs(article.body, events) : null,
      image: 'image' in article ? (media[article.image] ?? null) : null,
      readMore: 'readMore' in article ? article.readMore.map(({ label, url }, i) => ({ id: `${article.key}-${i + 1}`, label, url })) : [],
      referenceGroup: 'showsGroup' in article && article.showsGroup ? group : null,
      _status: 'published',
      ...stamps,
    },
  ])
  return Object.fromEntries(articles)
}

function seedIssue(articles: Record<string, Article>, events: Record<string, Event>): Issue {
  const item = (ref: { article?: string; event?: string }) =>
    ref.article
      ? { kind: 'article' as const, article: articles[ref.article] ?? null }
      : { kind: 'event' as const, event: events[ref.event ?? ''] ?? null }
  return {
    id: 1,
    title: SEED_ISSUE.title,
    slug: SEED_ISSUE.slug,
    issueDate: stockholmTime(SEED_ISSUE.issueDate).toISOString(),
    issueDate_tz: STOCKHOLM,
    preheader: SEED_ISSUE.preheader,
    intro: SEED_ISSUE.intro,
    highlights: SEED_ISSUE.highlights.map(({ text, ...ref }, i) => ({ id: `highlight-${i + 1}`, text, ...item(ref) })),
    sections: SEED_ISSUE.sections.map((s, i) => ({ id: `section-${i + 1}`, heading: s.heading, items: s.items.map(item) })),
    footer: {},
    _status: 'published',
    ...stamps,
  }
}

const seedSettings = (): SiteSetting => ({ id: 1, ...SEED_SETTINGS, contactEmail: null, privacyUrl: null, unsubscribeUrl: null, ...stamps })

/** "Nytt från RUS 31 mars" and the site settings as views, with the site at SEED_SITE_URL. */
export function seedIssueView(): { issue: IssueView; settings: SettingsView } {
  const members = seedMembers()
  const events = seedEvents()
  const group = seedGroup(members, events)
  const articles = seedArticles(seedMedia(), events, group)
  const settings = toSettingsView(seedSettings(), SEED_SITE_URL)
  return { issue: toIssueView(seedIssue(articles, events), settings), settings }
}
