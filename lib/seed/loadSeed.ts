import type { Payload } from 'payload'

import { STOCKHOLM, stockholmTime } from '@/lib/dates'

import { SEED_ARTICLES } from './march2021/articles'
import { SEED_EVENTS } from './march2021/events'
import { SEED_ISSUE } from './march2021/issue'
import { SEED_GROUP, SEED_MEMBERS, SEED_SETTINGS } from './march2021/people'
import { PLACEHOLDER_CREDIT, PLACEHOLDERS, placeholderJpeg } from './placeholderImages'

type Id = number
type Ids = Record<string, Id>

/** Every write of the seed is published content made by the system, not by a person. */
const asSystem = { overrideAccess: true, draft: false } as const

async function findId(payload: Payload, collection: 'articles' | 'events' | 'reference-groups' | 'issues', slug: string) {
  const found = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0, ...asSystem })
  return found.docs[0]?.id
}

async function seedMembers(payload: Payload): Promise<Ids> {
  const ids: Ids = {}
  for (const { key, ...member } of SEED_MEMBERS) {
    const found = await payload.find({ collection: 'members', where: { name: { equals: member.name } }, limit: 1, ...asSystem })
    ids[key] = found.docs[0]?.id ?? (await payload.create({ collection: 'members', data: member, ...asSystem })).id
  }
  return ids
}

async function seedImages(payload: Payload): Promise<Ids> {
  const ids: Ids = {}
  for (const [key, image] of Object.entries(PLACEHOLDERS)) {
    const found = await payload.find({ collection: 'media', where: { alt: { equals: image.alt } }, limit: 1, ...asSystem })
    if (found.docs[0]) {
      ids[key] = found.docs[0].id
      continue
    }
    const data = await placeholderJpeg(image.colors)
    const file = { data, mimetype: 'image/jpeg', name: image.filename, size: data.length }
    ids[key] = (await payload.create({ collection: 'media', data: { alt: image.alt, credit: PLACEHOLDER_CREDIT }, file, ...asSystem })).id
  }
  return ids
}

async function seedGroup(payload: Payload, members: Ids): Promise<Id> {
  const existing = await findId(payload, 'reference-groups', SEED_GROUP.slug)
  if (existing) return existing
  const data = {
    name: SEED_GROUP.name,
    slug: SEED_GROUP.slug,
    purpose: SEED_GROUP.purpose,
    memberships: SEED_GROUP.memberships.map((m) => ({ member: members[m.member] as Id, role: m.role })),
    callToJoin: {
      text: SEED_GROUP.callToJoin.text,
      replyTo: members[SEED_GROUP.callToJoin.replyTo],
      deadline: stockholmTime(SEED_GROUP.callToJoin.deadline).toISOString(),
      deadline_tz: STOCKHOLM,
    },
    notes: { location: SEED_GROUP.notesLocation },
    _status: 'published' as const,
  }
  return (await payload.create({ collection: 'reference-groups', data, ...asSystem })).id
}

async function seedEvents(payload: Payload, groupId: Id): Promise<Ids> {
  const ids: Ids = {}
  for (const event of SEED_EVENTS) {
    const { key, start, isGroupMeeting, ...rest } = { isGroupMeeting: false, ...event }
    const end = 'end' in event ? event.end : undefined
    const existing = await findId(payload, 'events', event.slug)
    ids[key] =
      existing ??
      (
        await payload.create({
          collection: 'events',
          data: {
            ...rest,
            organisers: rest.organisers.map((o) => ({ ...o })),
            startsAt: stockholmTime(start.day).toISOString(),
            startsAt_tz: STOCKHOLM,
            ...(end ? { endsAt: stockholmTime(end.day).toISOString(), endsAt_tz: STOCKHOLM } : {}),
            referenceGroup: isGroupMeeting ? groupId : undefined,
            _status: 'published',
          },
          ...asSystem,
        })
      ).id
  }
  return ids
}

/** Puts real ids where the fixture names another seeded document ("@event:webinar"). */
function resolveRefs<T>(value: T, events: Ids): T {
  return JSON.parse(JSON.stringify(value), (_, v: unknown) =>
    typeof v === 'string' && v.startsWith('@event:') ? events[v.slice('@event:'.length)] : v,
  ) as T
}

async function seedArticles(payload: Payload, images: Ids, events: Ids, groupId: Id): Promise<Ids> {
  const ids: Ids = {}
  for (const article of SEED_ARTICLES) {
    const existing = await findId(payload, 'articles', article.slug)
    if (existing) {
      ids[article.key] = existing
      continue
    }
    const { key, image, showsGroup, body, readMore, ...rest } = {
      image: undefined,
      showsGroup: false,
      body: undefined,
      readMore: undefined,
      ...article,
    }
    const data = {
      ...rest,
      body: body ? resolveRefs(body, events) : undefined,
      readMore: readMore?.map((link) => ({ ...link })),
      image: image ? images[image] : undefined,
      referenceGroup: showsGroup ? groupId : undefined,
      _status: 'published' as const,
    }
    ids[key] = (await payload.create({ collection: 'articles', data: data as never, ...asSystem })).id
  }
  return ids
}

async function seedIssue(payload: Payload, articles: Ids, events: Ids): Promise<void> {
  if (await findId(payload, 'issues', SEED_ISSUE.slug)) return
  const item = (ref: { article?: string; event?: string }) =>
    ref.article ? { kind: 'article' as const, article: articles[ref.article] } : { kind: 'event' as const, event: events[ref.event ?? ''] }
  await payload.create({
    collection: 'issues',
    data: {
      title: SEED_ISSUE.title,
      slug: SEED_ISSUE.slug,
      issueDate: stockholmTime(SEED_ISSUE.issueDate).toISOString(),
      issueDate_tz: STOCKHOLM,
      preheader: SEED_ISSUE.preheader,
      intro: SEED_ISSUE.intro,
      highlights: SEED_ISSUE.highlights.map(({ text, ...ref }) => ({ text, ...item(ref) })),
      sections: SEED_ISSUE.sections.map((s) => ({ heading: s.heading, items: s.items.map(item) })),
      _status: 'published',
    },
    ...asSystem,
  })
}

async function seedSettings(payload: Payload): Promise<void> {
  const current = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
  if (current.distributionNote) return
  await payload.updateGlobal({ slug: 'site-settings', data: SEED_SETTINGS, overrideAccess: true })
}

/**
 * Loads "Nytt från RUS 31 mars" (March 2021). Every document is looked up by its natural key
 * first, so a second run adds nothing.
 */
export async function loadSeed(payload: Payload): Promise<void> {
  await seedSettings(payload)
  const members = await seedMembers(payload)
  const images = await seedImages(payload)
  const groupId = await seedGroup(payload, members)
  const events = await seedEvents(payload, groupId)
  const articles = await seedArticles(payload, images, events, groupId)
  await seedIssue(payload, articles, events)
  // The group and its meeting point at each other, so the link is made once both exist.
  const group = await payload.findByID({ collection: 'reference-groups', id: groupId, depth: 0, ...asSystem })
  if (group.nextMeeting !== events.groupMeeting) {
    await payload.update({ collection: 'reference-groups', id: groupId, data: { nextMeeting: events.groupMeeting }, ...asSystem })
  }
}
