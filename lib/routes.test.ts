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

  it('builds the search page with the query and, after the first page, the page', () => {
    expect(routes.search()).toBe('/sok')
    expect(routes.search('miljömål')).toBe('/sok?q=milj%C3%B6m%C3%A5l')
    expect(routes.search('Giftfri vardag', 2)).toBe('/sok?q=Giftfri+vardag&sida=2')
    expect(routes.search('a&sida=9', 1)).toBe('/sok?q=a%26sida%3D9')
  })

  it('escapes what a slug must not carry into a path', () => {
    expect(routes.article('a/b?c')).toBe('/artiklar/a%2Fb%3Fc')
  })

  it('makes absolute URLs with or without a trailing slash on the site URL', () => {
    expect(absoluteUrl('https://nytt.rus.se', '/artiklar/x')).toBe('https://nytt.rus.se/artiklar/x')
    expect(absoluteUrl('https://nytt.rus.se/', '/')).toBe('https://nytt.rus.se/')
  })
})
