/**
 * The one mapping from the March 2021 fixture (seed/march2021/) to the documents Payload stores.
 * A relation is named by a reference to another seed document ({ seedRef, key }); the loader
 * (loadSeed.ts) puts the ids Payload gave them in its place, the test views (testing/seedViews.ts)
 * the documents themselves, populated as deep as Payload populates them. Nothing is mapped twice.
 */
import { STOCKHOLM, stockholmTime } from '@/lib/dates'

import { SEED_ARTICLES } from './march2021/articles'
import { SEED_EVENTS } from './march2021/events'
import { SEED_LISTS } from './march2021/lists'
import { SEED_ISSUE } from './march2021/issue'
import { SEED_GROUP, SEED_MEMBERS, SEED_SETTINGS } from './march2021/people'
import { PLACEHOLDER_CREDIT, PLACEHOLDERS } from './placeholderImages'

export type SeedCollection = 'members' | 'media' | 'reference-groups' | 'events' | 'articles' | 'issues' | 'mailing-lists'

/** Where another seed document goes: an id for the loader, the document for the views. */
export type SeedRef = { seedRef: SeedCollection; key: string }

export type SeedDocument = {
  collection: SeedCollection
  key: string
  /** The field and value the document is found by, so a second load adds nothing. */
  naturalKey: { field: string; value: string }
  data: Record<string, unknown>
  /** An upload's file: the placeholder image to make. */
  file?: { filename: string; colors: readonly [string, string] }
}

const ref = (seedRef: SeedCollection, key: string): SeedRef => ({ seedRef, key })

export const isSeedRef = (value: unknown): value is SeedRef =>
  typeof value === 'object' && value !== null && 'seedRef' in value && 'key' in value && Object.keys(value).length === 2

/** A date as the admin stores it: the instant of 12:00 in Stockholm, and the zone. */
const stockholmDate = (field: string, day: string) => ({ [field]: stockholmTime(day).toISOString(), [`${field}_tz`]: STOCKHOLM })

/** "@event:webinar" in the fixture's rich text names a seed event. */
function withRefs<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_, v: unknown) =>
    typeof v === 'string' && v.startsWith('@event:') ? ref('events', v.slice('@event:'.length)) : v,
  ) as T
}

const members = (): SeedDocument[] =>
  SEED_MEMBERS.map(({ key, ...member }) => ({ collection: 'members', key, naturalKey: { field: 'name', value: member.name }, data: member }))

const media = (): SeedDocument[] =>
  Object.entries(PLACEHOLDERS).map(([key, image]) => ({
    collection: 'media',
    key,
    naturalKey: { field: 'alt', value: image.alt },
    data: { alt: image.alt, credit: PLACEHOLDER_CREDIT },
    file: { filename: image.filename, colors: image.colors },
  }))

const group = (): SeedDocument => ({
  collection: 'reference-groups',
  key: 'group',
  naturalKey: { field: 'slug', value: SEED_GROUP.slug },
  data: {
    name: SEED_GROUP.name,
    slug: SEED_GROUP.slug,
    purpose: SEED_GROUP.purpose,
    memberships: SEED_GROUP.memberships.map((m) => ({ member: ref('members', m.member), role: m.role })),
    nextMeeting: ref('events', 'groupMeeting'),
    callToJoin: { text: SEED_GROUP.callToJoin.text, replyTo: ref('members', SEED_GROUP.callToJoin.replyTo), ...stockholmDate('deadline', SEED_GROUP.callToJoin.deadline) },
    notes: { location: SEED_GROUP.notesLocation },
    _status: 'published',
  },
})

const events = (): SeedDocument[] =>
  SEED_EVENTS.map((event) => {
    const { key, start, isGroupMeeting, ...rest } = { isGroupMeeting: false, ...event }
    const end = 'end' in event ? event.end : undefined
    return {
      collection: 'events',
      key,
      naturalKey: { field: 'slug', value: event.slug },
      data: {
        ...rest,
        organisers: rest.organisers.map((o) => ({ ...o })),
        ...stockholmDate('startsAt', start.day),
        ...(end ? stockholmDate('endsAt', end.day) : {}),
        ...('registration' in rest ? { registration: { ...rest.registration } } : {}),
        referenceGroup: isGroupMeeting ? ref('reference-groups', 'group') : null,
        _status: 'published',
      },
    }
  })

const articles = (): SeedDocument[] =>
  SEED_ARTICLES.map((article) => {
    const { key, image, showsGroup, body, readMore, ...rest } = { image: undefined, showsGroup: false, body: undefined, readMore: undefined, ...article }
    return {
      collection: 'articles',
      key,
      naturalKey: { field: 'slug', value: article.slug },
      data: {
        ...rest,
        body: body ? withRefs(body) : null,
        readMore: readMore?.map((link) => ({ ...link })) ?? [],
        image: image ? ref('media', image) : null,
        referenceGroup: showsGroup ? ref('reference-groups', 'group') : null,
        _status: 'published',
      },
    }
  })

const issue = (): SeedDocument => {
  const item = (r: { article?: string; event?: string }) =>
    r.article ? { kind: 'article', article: ref('articles', r.article) } : { kind: 'event', event: ref('events', r.event ?? '') }
  return {
    collection: 'issues',
    key: 'issue',
    naturalKey: { field: 'slug', value: SEED_ISSUE.slug },
    data: {
      title: SEED_ISSUE.title,
      slug: SEED_ISSUE.slug,
      ...stockholmDate('issueDate', SEED_ISSUE.issueDate),
      preheader: SEED_ISSUE.preheader,
      intro: SEED_ISSUE.intro,
      highlights: SEED_ISSUE.highlights.map(({ text, ...r }) => ({ text, ...item(r) })),
      sections: SEED_ISSUE.sections.map((s) => ({ heading: s.heading, items: s.items.map(item) })),
      _status: 'published',
    },
  }
}

const lists = (): SeedDocument[] =>
  SEED_LISTS.map(({ key, ...list }) => ({
    collection: 'mailing-lists',
    key,
    naturalKey: { field: 'name', value: list.name },
    data: { publicSignup: false, ...list },
  }))

/** Every seed document, in an order in which each one's references come before it but one: the group's next meeting. */
export function seedDocuments(): SeedDocument[] {
  return [...members(), ...media(), group(), ...events(), ...articles(), issue(), ...lists()]
}

export const SEED_SITE_SETTINGS = SEED_SETTINGS
