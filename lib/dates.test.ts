import { describe, expect, it } from 'vitest'

import { formatDate, formatDayMonth, formatMonthYear, formatTime, stockholmDay, stockholmTime } from '@/lib/dates'

describe('Swedish dates in Stockholm time', () => {
  it('writes dates as Swedes do', () => {
    expect(formatDate('2021-03-31T10:00:00Z')).toBe('31 mars 2021')
    expect(formatDayMonth('2021-04-30T10:00:00Z')).toBe('30 april')
    expect(formatMonthYear('2021-03-31T10:00:00Z')).toBe('Mars 2021')
  })

  it('writes times with "kl." and a full stop, in winter and in summer time', () => {
    expect(formatTime('2021-01-15T12:00:00Z')).toBe('kl. 13.00') // CET, UTC+1
    expect(formatTime('2021-05-28T12:00:00Z')).toBe('kl. 14.00') // CEST, UTC+2
  })

  it('takes the calendar day in Stockholm, not in UTC', () => {
    expect(stockholmDay('2021-03-30T22:30:00Z')).toBe('2021-03-31')
    expect(stockholmDay('2021-06-30T21:59:00Z')).toBe('2021-06-30')
    expect(stockholmDay('2021-06-30T22:00:00Z')).toBe('2021-07-01')
  })

  it('turns Stockholm wall-clock times into instants across the summer-time change', () => {
    expect(stockholmTime('2021-03-27', '13:00').toISOString()).toBe('2021-03-27T12:00:00.000Z')
    expect(stockholmTime('2021-03-28', '13:00').toISOString()).toBe('2021-03-28T11:00:00.000Z')
    expect(stockholmTime('2021-10-31', '01:30').toISOString()).toBe('2021-10-30T23:30:00.000Z')
    expect(stockholmTime('2021-10-31', '12:00').toISOString()).toBe('2021-10-31T11:00:00.000Z')
  })
})
