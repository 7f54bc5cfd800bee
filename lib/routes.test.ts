import { describe, expect, it } from 'vitest'

import { absoluteUrl, routes } from '@/lib/routes'

describe('routes', () => {
  it('builds the Swedish public paths', () => {
    expect(routes.issue('2021-03-31')).toBe('/nyhetsbrev/2021-03-31')
    expect(routes.issueWebVersion('2021-03-31')).toBe('/nyhetsbrev/2021-03-31/webbversion')
    expect(routes.article('nationell-samordning')).toBe('/artiklar/nationell-samordning')
    expect(routes.eventCalendar('miljomalsdagarna-2021')).toBe('/evenemang/miljomalsdagarna-2021/kalender.ics')
    expect(routes.referenceGroup('konsumtion')).toBe('/referensgrupper/konsumtion')
  })

  it('escapes what a slug must not carry into a path', () => {
    expect(routes.article('a/b?c')).toBe('/artiklar/a%2Fb%3Fc')
  })

  it('makes absolute URLs with or without a trailing slash on the site URL', () => {
    expect(absoluteUrl('https://nytt.rus.se', '/artiklar/x')).toBe('https://nytt.rus.se/artiklar/x')
    expect(absoluteUrl('https://nytt.rus.se/', '/')).toBe('https://nytt.rus.se/')
  })
})
