import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import type { EventView } from '@/content/types'
import { stockholmTime } from '@/lib/dates'

import { seedIssueView } from '@/testing/seedViews'

import { eventsToIcs } from './eventToIcs'

const SITE = seedIssueView().settings

const event = (overrides: Partial<EventView>): EventView => ({
  kind: 'event',
  id: 7,
  slug: 'webbinarium',
  title: 'Webbinarium',
  heading: 'Webbinarium',
  summary: 'Om konsumtion',
  description: null,
  startsAt: null,
  endsAt: null,
  allDay: false,
  approximateDate: null,
  attendance: 'online',
  place: null,
  onlineDetails: null,
  onlineUrl: null,
  organisers: [],
  theme: null,
  registration: null,
  group: null,
  updatedAt: '2021-03-31T10:00:00.000Z',
  ...overrides,
})

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
}

describe('calendar files', () => {
  it('write timed events in UTC, right on both sides of the summer-time change', () => {
    const winter = event({ id: 1, startsAt: stockholmTime('2021-03-27', '13:00').toISOString(), endsAt: stockholmTime('2021-03-27', '15:00').toISOString() })
    const summer = event({ id: 2, startsAt: stockholmTime('2021-03-28', '13:00').toISOString(), endsAt: stockholmTime('2021-03-28', '15:00').toISOString() })
    const [a, b] = parse(eventsToIcs([winter, summer], SITE))
    expect(a?.startDate.toJSDate().toISOString()).toBe('2021-03-27T12:00:00.000Z')
    expect(b?.startDate.toJSDate().toISOString()).toBe('2021-03-28T11:00:00.000Z')
    expect(b?.endDate.toJSDate().toISOString()).toBe('2021-03-28T13:00:00.000Z')
  })

  it('gives each event a stable UID and a DTSTAMP', () => {
    const one = event({ id: 42, startsAt: stockholmTime('2021-05-28').toISOString(), allDay: true })
    const first = eventsToIcs([one], SITE)
    const again = eventsToIcs([{ ...one, slug: 'nytt-namn', title: 'Nytt namn' }], SITE)
    const uid = (ics: string) => parse(ics)[0]?.uid
    expect(uid(first)).toBe('evenemang-42@nytt.rus.example')
    expect(uid(again)).toBe(uid(first))
    expect(first).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/m)
  })

  it('writes all-day events as dates, the end day exclusive', () => {
    const days = event({ startsAt: stockholmTime('2021-05-05').toISOString(), endsAt: stockholmTime('2021-05-06').toISOString(), allDay: true })
    const ics = eventsToIcs([days], SITE)
    expect(ics).toContain('DTSTART;VALUE=DATE:20210505')
    expect(ics).toContain('DTEND;VALUE=DATE:20210507')
    expect(parse(ics)[0]?.startDate.isDate).toBe(true)
  })

  it('marks an approximate date as tentative and says so', () => {
    const rough = event({ startsAt: stockholmTime('2021-05-31').toISOString(), approximateDate: 'slutet av maj 2021', allDay: true })
    const ics = eventsToIcs([rough], SITE)
    expect(ics).toContain('STATUS:TENTATIVE')
    expect(parse(ics)[0]?.summary).toBe('Webbinarium (preliminärt: slutet av maj 2021)')
    expect(parse(ics)[0]?.description).toContain('Exakt dag är inte bestämd')
  })

  it('leaves out events without any date', () => {
    expect(parse(eventsToIcs([event({}), event({ id: 3, startsAt: stockholmTime('2021-05-28').toISOString(), allDay: true })], SITE))).toHaveLength(1)
  })
})

describe('line folding', () => {
  it('keeps every line within 75 octets, Swedish letters and all, and unfolds to the same text', async () => {
    const { SEED_EVENTS_AS_VIEWS } = await seedEvents()
    const ics = eventsToIcs(SEED_EVENTS_AS_VIEWS, SITE)
    const lines = ics.split('\r\n')
    expect(lines.filter((line) => Buffer.byteLength(line, 'utf8') > 75)).toEqual([])
    expect(ics.replace(/\r\n /g, '')).toContain('Länsstyrelsen i Södermanlands län är värd för evenemanget')
    // Parsed back, the description is whole.
    const parsed = new ICAL.Component(ICAL.parse(ics))
    const description = parsed.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('description')))
    expect(description.some((d) => d.includes('i samarbete Svenskt Näringsliv, Teknikföretagen, Livsmedelsföretagen'))).toBe(true)
  })
})

async function seedEvents() {
  const { issue } = seedIssueView()
  const events = issue.sections.flatMap((s) => s.items).filter((i): i is EventView => i.kind === 'event')
  return { SEED_EVENTS_AS_VIEWS: events }
}
