import { describe, expect, it } from 'vitest'

import { memberLine } from '@/content/memberLine'
import type { ArticleView, EventView } from '@/content/types'
import { stockholmDay } from '@/lib/dates'

import { SEED_SITE_URL, seedIssueView } from './seedViews'

const { issue, settings } = seedIssueView()
const items = issue.sections.flatMap((section) => section.items)
const article = (slug: string) => items.find((item): item is ArticleView => item.kind === 'article' && item.slug === slug)

describe('seedIssueView', () => {
  it('is the same, byte for byte, on every call', () => {
    expect(JSON.stringify(seedIssueView())).toBe(JSON.stringify({ issue, settings }))
  })

  it('holds the issue with its two sections, nine items and four linked highlights', () => {
    expect(issue).toMatchObject({ slug: '2021-03-31', title: 'Nytt från RUS 31 mars', preheader: expect.stringContaining('Miljömålsdagarna 2021') })
    expect(stockholmDay(issue.issueDate)).toBe('2021-03-31')
    expect(issue.sections.map((section) => [section.heading, section.items.length])).toEqual([
      ['AKTUELLT', 8],
      ['UTBILDNING, KONFERENS OCH MÖTE', 1],
    ])
    expect(issue.highlights.map((highlight) => highlight.target?.kind)).toEqual(['article', 'article', 'article', 'event'])
  })

  it('gives the two photographed articles their image sizes and credit', () => {
    const image = article('ny-kartlaggning-av-kommuners-arbete-med-biologisk-mangfald')?.image
    expect(image).toMatchObject({
      src: '/api/media/file/platshallare-biologisk-mangfald.jpg',
      width: 1200,
      height: 675,
      credit: 'Camilla Zilo',
      card: { src: '/api/media/file/platshallare-biologisk-mangfald-768x432.webp', width: 768, height: 432 },
      email: { src: '/api/media/file/platshallare-biologisk-mangfald-600x338.jpg', width: 600, height: 338 },
    })
    expect(items.filter((item) => item.kind === 'article' && item.image)).toHaveLength(2)
  })

  it('gives the reference group article its members, next meeting and call to join', () => {
    const group = article('referensgrupp-for-konsumtion-och-giftfri-vardag')?.group
    expect(group?.members.map((member) => memberLine(member, member.isConvener))[0]).toBe('Marie-Helene Bergstrand, miljömålssamordnare i Halland (sammankallande)')
    expect(group?.members).toHaveLength(6)
    expect(group?.nextMeeting).toMatchObject({ slug: 'skype-mote-konsumtion-och-giftfri-vardag-maj-2021', approximateDate: 'slutet av maj 2021' })
    expect(group?.callToJoin).toMatchObject({ text: 'Vill du också delta i nätverket/referensgruppen?', replyToName: 'Marie-Helene Bergstrand' })
    expect(stockholmDay(group?.callToJoin?.deadline ?? '')).toBe('2021-04-30')
  })

  it('puts the populated webinar where the tip names "@event:webinar"', () => {
    const body = JSON.stringify(article('slutrapport-for-unlock-drivkrafter-for-hallbar-konsumtion')?.body)
    expect(body).not.toContain('@event:')
    expect(body).toContain('"slug":"webbinarium-konsumtion-2021-05-28"')
  })

  it('makes the event and the settings views from the fixture', () => {
    const event = items.find((item): item is EventView => item.kind === 'event')
    expect(event).toMatchObject({ slug: 'miljomalsdagarna-2021', allDay: true, attendance: 'online', theme: 'Livsmedel', registration: { label: 'Anmäl dig här' } })
    expect(settings).toMatchObject({ siteUrl: SEED_SITE_URL, privacyUrl: '/personuppgifter', unsubscribePlaceholder: '{{unsubscribe}}', contactName: 'Julia Martinsson' })
  })
})
