import { describe, expect, it } from 'vitest'

import type { EventView } from '@/content/types'
import { seedIssueView } from '@/testing/seedViews'

import { eventFacts } from './eventFacts'

const seedEvent = seedIssueView().issue.sections[1]?.items[0] as EventView

describe('eventFacts', () => {
  it('writes the seed event as "När", "Var" and "Tema"', () => {
    expect(eventFacts(seedEvent)).toEqual(['När: 5–6 maj 2021', 'Var: Digitalt', 'Tema: Livsmedel'])
  })

  it('gives a timed event its times and place, and prefers an approximate date', () => {
    const timed: EventView = { ...seedEvent, allDay: false, startsAt: '2021-05-28T11:00:00.000Z', endsAt: '2021-05-28T13:00:00.000Z', attendance: 'physical', place: 'Nyköping', theme: null }
    expect(eventFacts(timed)).toEqual(['När: 28 maj 2021 kl. 13.00–15.00', 'Var: Nyköping'])
    expect(eventFacts({ ...timed, approximateDate: 'slutet av maj 2021', attendance: 'online', onlineDetails: 'Skype' })).toEqual([
      'När: slutet av maj 2021',
      'Var: Digitalt (Skype)',
    ])
  })
})
