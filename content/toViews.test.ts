import { describe, expect, it } from 'vitest'

import type { Article, Event, ReferenceGroup, SiteSetting } from '@/payload-types'

import { toArticleView, toEventView, toGroupView, toSettingsView } from './toViews'

const stamps = { createdAt: '2021-03-31T08:00:00.000Z', updatedAt: '2021-03-31T08:00:00.000Z' }
const UNSAFE = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', ' JaVaScRiPt:alert(1)']

const event = (extra: Partial<Event>): Event => ({ id: 1, title: 'Webbinarium', summary: 'Om', attendance: 'online', ...stamps, ...extra }) as Event

describe('the view boundary decides every link once', () => {
  it.each(UNSAFE)('never lets "%s" through as a meeting, registration, read-more or notes link', (url) => {
    expect(toEventView(event({ onlineUrl: url })).onlineUrl).toBeNull()
    expect(toEventView(event({ registration: { url, label: 'Anmäl dig' } })).registration).toBeNull()
    const article = toArticleView({ id: 1, title: 'A', lead: 'L', readMore: [{ label: 'Läs', url }], ...stamps } as Article)
    expect(article.readMore).toEqual([{ label: 'Läs', url: null }])
    const group = toGroupView({ id: 1, name: 'G', purpose: 'P', notes: { location: 'RUS samarbetsyta', url }, ...stamps } as ReferenceGroup)
    expect(group?.notes).toEqual({ location: 'RUS samarbetsyta', url: null })
    const settings = toSettingsView({ id: 1, newsletterName: 'N', organisationDescription: 'O', privacyUrl: url, unsubscribeUrl: url, ...stamps } as SiteSetting, 'https://nytt.rus.se/')
    expect([settings.privacyUrl, settings.unsubscribeUrl]).toEqual(['/personuppgifter', null])
  })

  it('keeps web addresses and site pages', () => {
    expect(toEventView(event({ onlineUrl: 'https://meet.example/rus' })).onlineUrl).toBe('https://meet.example/rus')
    const settings = toSettingsView({ id: 1, newsletterName: 'N', organisationDescription: 'O', privacyUrl: '/om', ...stamps } as SiteSetting, 'https://nytt.rus.se/')
    expect(settings).toMatchObject({ privacyUrl: '/om', siteUrl: 'https://nytt.rus.se' })
  })

  it('shows nothing of the fields the admin hides for the form of attendance', () => {
    const inPerson = toEventView(event({ attendance: 'physical', place: 'Nyköping', onlineUrl: 'https://meet.example/x', onlineDetails: 'Teams' }))
    expect(inPerson).toMatchObject({ place: 'Nyköping', onlineUrl: null, onlineDetails: null })
    const online = toEventView(event({ attendance: 'online', place: 'Nyköping', onlineUrl: 'https://meet.example/x' }))
    expect(online).toMatchObject({ place: null, onlineUrl: 'https://meet.example/x' })
  })
})
