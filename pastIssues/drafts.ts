import type { Payload, PayloadRequest } from 'payload'

import { STOCKHOLM, stockholmTime } from '@/lib/dates'
import { slugify } from '@/lib/slugify'

import type { Line, ReadIssue, ReadItem } from './model'
import type { Images } from './images'
import { bodyOf } from './richText'

/** What an import made, and what it found already there and linked. Ids by collection. */
export type Made = {
  made: { articles: number[]; events: number[]; groups: number[]; members: number[]; media?: number[] }
  linked: { articles: number[]; events: number[]; groups: number[]; members: number[] }
}

const emptyMade = (): Made => ({ made: { articles: [], events: [], groups: [], members: [], media: [] }, linked: { articles: [], events: [], groups: [], members: [] } })

/** A date as the admin stores it: the instant in Stockholm and the zone. */
const stockholmDate = (field: string, day: string, time = '12:00') => ({ [field]: stockholmTime(day, time).toISOString(), [`${field}_tz`]: STOCKHOLM })

/** The issue's day, when the reading found one: a month alone leaves the date (and so the address) to the editor. */
export const dayOf = (date: string): string | null => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null)

/** "Välkomna till Miljömålsdagarna 2021 – årets viktigaste …" → "Miljömålsdagarna 2021". */
export const eventName = (title: string): string => title.replace(/^(?:välkommen|välkomna)\s+(?:till\s+)?/i, '').split(/\s+[–—-]\s+/)[0]?.replace(/[!?.]$/, '').trim() || title

/** "Referensgrupp för konsumtion och Giftfri vardag – vet du var informationen finns?" → the group's name. */
export const groupName = (title: string): string => title.split(/\s+[–—-]\s+/)[0]?.replace(/[!?.]$/, '').trim() || title

type Ctx = { payload: Payload; req: PayloadRequest; made: Made; images: Images; flags: string[] }

async function findOne(ctx: Ctx, collection: 'articles' | 'events' | 'members' | 'reference-groups', field: string, value: string): Promise<number | null> {
  const { docs } = await ctx.payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0, draft: true, overrideAccess: true, req: ctx.req, pagination: false })
  return docs[0]?.id ?? null
}

/** A slug no other document of the collection has: the title's, then -2, -3, … */
async function freeSlug(ctx: Ctx, collection: 'articles' | 'events' | 'reference-groups', title: string): Promise<string> {
  const base = slugify(title) || 'importerad'
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base.slice(0, 76)}-${n}`
    if ((await findOne(ctx, collection, 'slug', slug)) === null) return slug
  }
}

async function memberFor(ctx: Ctx, person: NonNullable<ReadItem['members']>[number] | { name: string; description?: string }): Promise<number> {
  const found = await findOne(ctx, 'members', 'name', person.name)
  if (found !== null) {
    ctx.made.linked.members.push(found)
    return found
  }
  const [, title, county] = /^(.+?)\s+i\s+(\p{Lu}[\p{L} -]+)$/u.exec(person.description ?? '') ?? []
  const created = await ctx.payload.create({
    collection: 'members',
    data: { name: person.name, ...(title && county ? { title, county } : person.description ? { title: person.description } : {}) },
    overrideAccess: true,
    req: ctx.req,
  })
  ctx.made.made.members.push(created.id)
  return created.id
}

async function groupFor(ctx: Ctx, item: ReadItem): Promise<number> {
  const name = groupName(item.title)
  const found = await findOne(ctx, 'reference-groups', 'name', name)
  if (found !== null) {
    ctx.made.linked.groups.push(found)
    ctx.flags.push(`Referensgruppen ”${name}” fanns redan och länkades: kontrollera medlemmarna där.`)
    return found
  }
  const memberships = []
  for (const person of item.members ?? []) memberships.push({ member: await memberFor(ctx, person), role: person.convener ? 'convener' : 'member' })
  const call = item.callToJoin
  const replyTo = call?.replyTo ? await memberFor(ctx, { name: call.replyTo }) : undefined
  const created = await ctx.payload.create({
    collection: 'reference-groups',
    draft: true,
    data: {
      name,
      slug: await freeSlug(ctx, 'reference-groups', name),
      purpose: item.lead ?? '',
      memberships,
      ...(call ? { callToJoin: { text: call.text, ...(replyTo ? { replyTo } : {}), ...(call.deadline ? stockholmDate('deadline', call.deadline) : {}) } } : {}),
      _status: 'draft',
    } as never,
    overrideAccess: true,
    req: ctx.req,
  })
  ctx.made.made.groups.push(created.id)
  return created.id
}

/** The item's photo in the media library with its credit, when it could be fetched; else a flag. */
async function imageFor(ctx: Ctx, item: ReadItem): Promise<number | undefined> {
  const src = item.image?.src
  if (!src) {
    if (item.credit) ctx.flags.push(`”${item.title}” hade en bild (Foto: ${item.credit}) som inte följde med: lägg in den om den finns.`)
    return undefined
  }
  const image = ctx.images.get(src)
  if (!image || 'error' in image) {
    ctx.flags.push(`Bilden till ”${item.title}” (${src}) kunde inte hämtas${image ? `: ${image.error.replace(/\.$/, '')}` : ''}. Lägg in den i mediebiblioteket.`)
    return undefined
  }
  const media = await ctx.payload.create({
    collection: 'media',
    data: { alt: item.image?.alt || `Bild till ”${item.title}”`, ...(item.credit ? { credit: item.credit } : {}) },
    file: image,
    overrideAccess: true,
    req: ctx.req,
  })
  ctx.made.made.media?.push(media.id)
  return media.id
}

async function articleFor(ctx: Ctx, item: ReadItem): Promise<number> {
  const found = await findOne(ctx, 'articles', 'title', item.title)
  if (found !== null) {
    ctx.made.linked.articles.push(found)
    ctx.flags.push(`En artikel med rubriken ”${item.title}” fanns redan och länkades i stället för att kopieras: kontrollera att det är samma.`)
    return found
  }
  const referenceGroup = item.kind === 'group' ? await groupFor(ctx, item) : undefined
  const image = await imageFor(ctx, item)
  const created = await ctx.payload.create({
    collection: 'articles',
    draft: true,
    data: {
      title: item.title,
      slug: await freeSlug(ctx, 'articles', item.title),
      lead: item.lead ?? '',
      body: bodyOf(item.parts ?? []),
      readMore: (item.links ?? []).map((l) => ({ label: l.label, url: l.url ?? '' })),
      ...(referenceGroup ? { referenceGroup } : {}),
      ...(image ? { image } : {}),
      _status: 'draft',
    } as never,
    overrideAccess: true,
    req: ctx.req,
  })
  ctx.made.made.articles.push(created.id)
  return created.id
}

const ONLINE = /digital|webbinari|online|skype|teams|zoom/i

async function eventFor(ctx: Ctx, item: ReadItem): Promise<number> {
  const found = (await findOne(ctx, 'events', 'newsletterHeading', item.title)) ?? (await findOne(ctx, 'events', 'title', item.title))
  if (found !== null) {
    ctx.made.linked.events.push(found)
    ctx.flags.push(`Evenemanget ”${item.title}” fanns redan och länkades i stället för att kopieras: kontrollera att det är samma.`)
    return found
  }
  const title = eventName(item.title)
  const description: Line[] = [...(item.leadLine ? [item.leadLine] : [])]
  const words = [item.title, item.lead ?? '', ...(item.body ?? [])].join(' ')
  const when = item.proposedDate
  const [from, to] = when?.time?.split('–') ?? []
  const registration = item.links?.find((l) => /anmäl/i.test(l.label)) ?? item.links?.[0]
  const created = await ctx.payload.create({
    collection: 'events',
    draft: true,
    data: {
      title,
      newsletterHeading: item.title === title ? undefined : item.title,
      slug: await freeSlug(ctx, 'events', title),
      summary: item.lead ?? '',
      description: bodyOf([...description.map((line) => ({ kind: 'paragraph' as const, line })), ...(item.parts ?? [])]),
      ...(when ? stockholmDate('startsAt', when.start, from ?? '12:00') : {}),
      ...(when?.end ? stockholmDate('endsAt', when.end, to ?? '12:00') : when && to ? stockholmDate('endsAt', when.start, to) : {}),
      allDay: !when?.time,
      attendance: ONLINE.test(words) ? 'online' : 'physical',
      ...(registration ? { registration: { label: registration.label, ...(registration.url ? { url: registration.url } : {}) } } : {}),
      _status: 'draft',
    } as never,
    overrideAccess: true,
    req: ctx.req,
  })
  ctx.made.made.events.push(created.id)
  return created.id
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\d]{4,}/gu) ?? [])

/** The item a line of the table of contents is about: the one sharing the most words, if it shares enough. */
function matchItem(text: string, items: { title: string; lead?: string; ref: { kind: 'article' | 'event'; id: number } }[]) {
  const wanted = wordsOf(text)
  let best: { score: number; ref: { kind: 'article' | 'event'; id: number } } | null = null
  for (const item of items) {
    const have = wordsOf(`${item.title} ${item.lead ?? ''}`)
    const shared = [...wanted].filter((w) => have.has(w)).length
    const score = wanted.size > 0 ? shared / wanted.size : 0
    if (score > (best?.score ?? 0.34)) best = { score, ref: item.ref }
  }
  return best?.ref ?? null
}

/**
 * The drafts of one reading, inside the caller's transaction: each article, event and reference
 * group as a draft (or the one already there with that title, linked), then the issue as a draft
 * with its sections, its table of contents pointing at the items, and its footer.
 */
export async function createDrafts(payload: Payload, req: PayloadRequest, issue: ReadIssue, flags: string[], images: Images): Promise<{ issueId: number; made: Made }> {
  const ctx: Ctx = { payload, req, made: emptyMade(), images, flags }
  const day = dayOf(issue.date)
  const placed: { title: string; lead?: string; ref: { kind: 'article' | 'event'; id: number } }[] = []
  const sections = []
  for (const section of issue.sections) {
    const items = []
    for (const item of section.items) {
      const ref = item.kind === 'event' ? { kind: 'event' as const, id: await eventFor(ctx, item) } : { kind: 'article' as const, id: await articleFor(ctx, item) }
      placed.push({ title: item.title, ...(item.lead ? { lead: item.lead } : {}), ref })
      items.push({ kind: ref.kind, [ref.kind]: ref.id })
      if (item.kind === 'event' && item.image) flags.push(`Evenemanget ”${item.title}” hade en bild (${item.image.src}): lägg in den om den behövs.`)
    }
    sections.push({ heading: section.heading, items })
  }
  const highlights = issue.contents.map((text) => {
    const ref = matchItem(text, placed)
    if (!ref) flags.push(`Punkten ”${text}” i innehållsförteckningen pekar inte på någon artikel: välj en eller låt den stå utan.`)
    return { text, ...(ref ? { kind: ref.kind, [ref.kind]: ref.id } : {}) }
  })
  const created = await payload.create({
    collection: 'issues',
    draft: true,
    data: {
      title: issue.title,
      ...(day ? { ...stockholmDate('issueDate', day), slug: day } : {}),
      intro: issue.intro,
      highlights,
      sections,
      ...(issue.footer ? { footer: { ...issue.footer } } : {}),
      _status: 'draft',
    } as never,
    overrideAccess: true,
    req,
  })
  return { issueId: created.id, made: ctx.made }
}
