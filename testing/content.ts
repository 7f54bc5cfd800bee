import type { Payload } from 'payload'

import { STOCKHOLM, stockholmTime } from '@/lib/dates'
import { paragraph, richText } from '@/content/richText/build'

import { unique } from './payload'

const system = { overrideAccess: true } as const
type Status = 'draft' | 'published'

export async function makeMember(payload: Payload, name = `Person ${unique()}`) {
  return payload.create({
    collection: 'members',
    data: { name, title: 'miljömålssamordnare', county: 'Halland', email: `${unique()}@lansstyrelsen.test`, phone: '010-224 30 00' },
    ...system,
  })
}

export async function makeArticle(payload: Payload, status: Status, extra: Record<string, unknown> = {}) {
  const key = unique()
  return payload.create({
    collection: 'articles',
    data: { title: `Artikel ${key}`, lead: `Ingress ${key}`, body: richText(paragraph(`Brödtext ${key}`)), _status: status, ...extra },
    ...system,
  })
}

export async function makeEvent(payload: Payload, status: Status, extra: Record<string, unknown> = {}) {
  const key = unique()
  return payload.create({
    collection: 'events',
    data: {
      title: `Evenemang ${key}`,
      summary: `Om evenemanget ${key}`,
      startsAt: stockholmTime('2030-05-28', '13:00').toISOString(),
      attendance: 'online',
      _status: status,
      ...extra,
    },
    ...system,
  })
}

export async function makeGroup(payload: Payload, status: Status, memberIds: number[] = []) {
  const key = unique()
  return payload.create({
    collection: 'reference-groups',
    data: {
      name: `Referensgrupp ${key}`,
      purpose: `Syfte ${key}`,
      memberships: memberIds.map((member, index) => ({ member, role: index === 0 ? ('convener' as const) : ('member' as const) })),
      _status: status,
    },
    ...system,
  })
}

export async function makeIssue(payload: Payload, status: Status, articleIds: number[] = []) {
  const key = unique()
  return payload.create({
    collection: 'issues',
    data: {
      title: `Nytt från RUS ${key}`,
      slug: `nummer-${key}`,
      issueDate: stockholmTime('2031-01-15').toISOString(),
      issueDate_tz: STOCKHOLM,
      intro: `Inledning ${key}`,
      sections: [{ heading: 'AKTUELLT', items: articleIds.map((article) => ({ kind: 'article' as const, article })) }],
      _status: status,
    },
    ...system,
  })
}
