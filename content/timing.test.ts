import { describe, expect, it } from 'vitest'

import { stockholmTime } from '@/lib/dates'

import { describeWhen, describeWhere } from './eventWhen'
import { isCallOpen, isRegistrationOpen, isUpcoming, splitEvents } from './timing'

const day = (d: string, t = '12:00') => stockholmTime(d, t).toISOString()
const event = (startsAt: string | null, endsAt: string | null = null) => ({ startsAt, endsAt })

describe('upcoming or past, by the day in Stockholm', () => {
  it('keeps an event upcoming through its last day, then makes it past at midnight Stockholm time', () => {
    const e = event(day('2021-05-05', '09:00'), day('2021-05-06', '16:00'))
    expect(isUpcoming(e, new Date(day('2021-05-06', '23:59')))).toBe(true)
    // 22:30 UTC on 6 May is already 7 May in Stockholm (summer time).
    expect(isUpcoming(e, new Date('2021-05-06T22:30:00Z'))).toBe(false)
  })

  it('treats an undated event as still to come', () => {
    expect(isUpcoming(event(null), new Date('2030-01-01'))).toBe(true)
  })

  it('orders upcoming soonest first and past latest first', () => {
    const now = new Date(day('2021-05-10'))
    const a = { ...event(day('2021-05-05')), id: 'a' }
    const b = { ...event(day('2021-05-28')), id: 'b' }
    const c = { ...event(day('2021-06-15')), id: 'c' }
    const d = { ...event(day('2021-04-01')), id: 'd' }
    const { upcoming, past } = splitEvents([c, a, d, b], now)
    expect(upcoming.map((e) => e.id)).toEqual(['b', 'c'])
    expect(past.map((e) => e.id)).toEqual(['a', 'd'])
  })
})

describe('registration and calls to join close on their own', () => {
  const withRegistration = (deadline: string | null) => ({
    ...event(day('2021-05-28')),
    registration: { url: 'https://example.se', label: 'Anmäl dig här', deadline },
  })

  it('is open through the deadline day and closed the day after', () => {
    expect(isRegistrationOpen(withRegistration(day('2021-05-20')), new Date(day('2021-05-20', '23:00')))).toBe(true)
    expect(isRegistrationOpen(withRegistration(day('2021-05-20')), new Date(day('2021-05-21', '00:01')))).toBe(false)
  })

  it('closes with the event when there is no deadline', () => {
    expect(isRegistrationOpen(withRegistration(null), new Date(day('2021-05-28')))).toBe(true)
    expect(isRegistrationOpen(withRegistration(null), new Date(day('2021-05-29')))).toBe(false)
  })

  it('opens a call to join until its deadline day has passed', () => {
    const call = { text: 'Vill du delta?', replyToName: 'Marie-Helene Bergstrand', contactEmail: null, deadline: day('2021-04-30') }
    expect(isCallOpen(call, new Date(day('2021-04-30', '22:00')))).toBe(true)
    expect(isCallOpen(call, new Date(day('2021-05-01', '00:00')))).toBe(false)
    expect(isCallOpen(null)).toBe(false)
  })
})

describe('describeWhen and describeWhere', () => {
  const base = { allDay: false, approximateDate: null }
  it('writes dates and times as Swedes do', () => {
    expect(describeWhen({ ...base, allDay: true, startsAt: day('2021-05-05'), endsAt: day('2021-05-06') })).toBe('5–6 maj 2021')
    expect(describeWhen({ ...base, allDay: true, startsAt: day('2021-05-28'), endsAt: null })).toBe('28 maj 2021')
    expect(describeWhen({ ...base, startsAt: day('2021-05-28', '13:00'), endsAt: day('2021-05-28', '15:30') })).toBe(
      '28 maj 2021 kl. 13.00–15.30',
    )
    expect(describeWhen({ ...base, allDay: true, startsAt: day('2021-04-30'), endsAt: day('2021-05-02') })).toBe('30 april–2 maj 2021')
    expect(describeWhen({ ...base, approximateDate: 'slutet av maj 2021', startsAt: day('2021-05-31'), endsAt: null })).toBe(
      'slutet av maj 2021',
    )
    expect(describeWhen({ ...base, startsAt: null, endsAt: null })).toBe('Datum meddelas senare')
  })

  it('says how to take part', () => {
    expect(describeWhere({ attendance: 'online', place: null, onlineDetails: 'Skype' })).toBe('Digitalt (Skype)')
    expect(describeWhere({ attendance: 'physical', place: 'Nyköping', onlineDetails: null })).toBe('Nyköping')
    expect(describeWhere({ attendance: 'hybrid', place: 'Nyköping', onlineDetails: null })).toBe('Nyköping och digitalt')
  })
})
