import { describe, expect, it } from 'vitest'

import { itemAnchor } from '@/lib/routes'
import { seedIssueView } from '@/testing/seedViews'

import { renderIssueEmail } from './renderIssueEmail'
import { attributeValues, headingOutline, hrefOf, visibleLines } from './testing/inspectHtml'
import { withEvent } from './testing/issueVariants'

const { issue, settings } = seedIssueView()
const WHILE_OPEN = new Date('2021-04-01T10:00:00Z')
const render = (mode: 'email' | 'web' = 'email', now = WHILE_OPEN, views = { issue, settings }) =>
  renderIssueEmail(views.issue, views.settings, { mode, now })

const HIGHLIGHTS = [
  'Årlig uppföljning av Sveriges nationella miljömål 2021 är nu överlämnad till regeringen.',
  'Ny kartläggning av Svenska kommuners arbete med biologisk mångfald.',
  'Är ditt län intresserat av att vara med i referensgruppen för konsumtion och Giftfri vardag?',
  'Nu är anmälan öppen till Miljömålsdagarna!.',
]
const MEMBERS = [
  'Marie-Helene Bergstrand, miljömålssamordnare i Halland (sammankallande)',
  'Magnus Eriksson, verksamhetsledare RUS',
  'Susanne Dahlberg, miljöstrateg i Skåne',
  'Anne-Catrin Almér, miljömålssamordnare i Jönköping',
  'Anna Gilius, miljömålssamordnare i Kronoberg',
  'Brita Asplund, miljömålssamordnare i Gävle',
]
const FOOTER = [
  'Utskicket går till RUS kontaktpersoner på länsstyrelserna, RUS kontaktpersoner i Skogsstyrelsen, RUS styrgrupp, RUS arbetsgrupp, ansvariga chefer för miljömålsuppdraget på länsstyrelserna, Naturvårdsverkets samordningsfunktion, allt enligt RUS kontaktlistor.',
  'Har du frågor kring nyhetsbrevet? Kontakta Julia Martinsson',
  'Läs hur vi hanterar dina personuppgifter här',
  'Klicka här för att avregistrera din adress',
]
const CALL_TO_JOIN = 'Vill du också delta i nätverket/referensgruppen? Svar önskas till: Marie-Helene Bergstrand senast 30 april'
const OPEN_IN_BROWSER = 'Klicka här för att läsa nyhetsbrevet i din webbläsare'
const WEB_VERSION = 'https://nytt.rus.example/nyhetsbrev/2021-03-31/webbversion'

describe('renderIssueEmail on the March 2021 issue', () => {
  it('takes the subject from the issue title and the preheader from the issue', async () => {
    const { subject, preheader, html } = await render()
    expect(subject).toBe('Nytt från RUS 31 mars')
    expect(preheader).toBe(issue.preheader)
    expect(html).toContain(`>${issue.preheader}<`)
  })

  it('has the heading outline of the e-mail: the title, two sections, every item, the tip', async () => {
    const outline = headingOutline((await render()).html)
    const articles = issue.sections[0]?.items.map((item) => ({ level: 3, text: item.kind === 'article' ? item.title : '' })) ?? []
    expect(outline).toEqual([
      { level: 1, text: 'Nytt från RUS 31 mars' },
      { level: 2, text: 'AKTUELLT' },
      ...articles.slice(0, 6),
      { level: 4, text: 'TIPS!' },
      ...articles.slice(6),
      { level: 2, text: 'UTBILDNING, KONFERENS OCH MÖTE' },
      { level: 3, text: 'Välkomna till Miljömålsdagarna 2021 – årets viktigaste mötesplats för alla som arbetar med Sveriges miljömål!' },
    ])
    expect(articles).toHaveLength(8)
  })

  it('opens with the month, the intro and the four highlights', async () => {
    const lines = visibleLines((await render()).html)
    expect(lines.slice(0, 8)).toEqual(['Nytt från RUS 31 mars', 'Mars 2021', issue.intro, 'Detta tar nyhetsbrevet bland annat upp:', ...HIGHLIGHTS])
  })

  it('lists the six members in order, only the convener marked, and the open call to join', async () => {
    const lines = visibleLines((await render()).html)
    const start = lines.indexOf('Vi som idag ingår i referensgruppen är:')
    expect(lines.slice(start + 1, start + 7)).toEqual(MEMBERS)
    expect(lines.filter((line) => line.includes('(sammankallande)'))).toEqual([MEMBERS[0]])
    expect(lines).toContain(CALL_TO_JOIN)
  })

  it('credits both photos, frames the tip and links the registration', async () => {
    const { html } = await render()
    const lines = visibleLines(html)
    expect(lines.filter((line) => line === 'Foto: Camilla Zilo')).toHaveLength(2)
    expect(lines).toContain('TIPS!')
    expect(hrefOf(html, 'Anmäl dig här')).toBe('https://www.lansstyrelsen.se/')
    expect(lines).toEqual(expect.arrayContaining(['När: 5–6 maj 2021', 'Var: Digitalt', 'Tema: Livsmedel']))
  })

  it('ends with the footer lines of the seed e-mail', async () => {
    const lines = visibleLines((await render()).html)
    expect(lines.slice(-4)).toEqual(FOOTER)
  })

  it('gives every item its anchor and a link to its page on the web', async () => {
    const { html } = await render()
    const ids = attributeValues(html, 'id')
    for (const item of issue.sections.flatMap((section) => section.items)) expect(ids).toContain(itemAnchor(item.kind, item.slug))
    const webLinks = attributeValues(html, 'href').filter((href) => /^https:\/\/nytt\.rus\.example\/(artiklar|evenemang)\//.test(href))
    expect(webLinks).toContain('https://nytt.rus.example/artiklar/rus-verksamhet-2021')
    expect(webLinks).toContain('https://nytt.rus.example/evenemang/miljomalsdagarna-2021')
  })
})

describe('what depends on the day', () => {
  it('shows the call to join through its deadline day in Stockholm and hides it after', async () => {
    const lastMinute = new Date('2021-04-30T21:59:00Z') // 23:59 on 30 April in Stockholm
    const nextDay = new Date('2021-04-30T22:00:00Z') // 00:00 on 1 May in Stockholm
    for (const [now, shown] of [[lastMinute, true], [nextDay, false], [new Date('2021-05-01T10:00:00Z'), false]] as const) {
      const { html, text } = await render('email', now)
      expect(visibleLines(html).includes(CALL_TO_JOIN)).toBe(shown)
      expect(text.includes(CALL_TO_JOIN)).toBe(shown)
    }
  })

  it('drops the registration link once the registration deadline day has passed', async () => {
    const closing = withEvent(issue, (event) => ({ ...event, registration: event.registration && { ...event.registration, deadline: '2021-04-15T10:00:00.000Z' } }))
    const onTheDay = await render('email', new Date('2021-04-15T20:00:00Z'), { issue: closing, settings })
    const after = await render('email', new Date('2021-04-16T08:00:00Z'), { issue: closing, settings })
    expect(hrefOf(onTheDay.html, 'Anmäl dig här')).toBe('https://www.lansstyrelsen.se/')
    expect(after.html).not.toContain('Anmäl dig här')
    expect(after.text).not.toContain('Anmäl dig här')
  })
})

describe('the two modes', () => {
  it('e-mail: links to the web version, highlights to each item on the web, and unsubscribes through the placeholder', async () => {
    const { html, text } = await render('email')
    expect(hrefOf(html, OPEN_IN_BROWSER)).toBe(WEB_VERSION)
    // Most mail clients follow no anchor inside a message: the highlight opens the item itself.
    expect(hrefOf(html, HIGHLIGHTS[0] ?? '')).toBe('https://nytt.rus.example/artiklar/arlig-uppfoljning-av-sveriges-nationella-miljomal-2021')
    expect(hrefOf(html, HIGHLIGHTS[3] ?? '')).toBe('https://nytt.rus.example/evenemang/miljomalsdagarna-2021')
    expect(hrefOf(html, 'Klicka här för att avregistrera din adress')).toBe('{{unsubscribe}}')
    expect(text).toContain(`${OPEN_IN_BROWSER} (${WEB_VERSION})`)
    expect(text).toContain('Klicka här för att avregistrera din adress ({{unsubscribe}})')
  })

  it('web: no browser link, no placeholder, the site\'s page on unsubscribing, highlights jump within the page', async () => {
    const { html, text } = await render('web')
    for (const output of [html, text]) {
      expect(output).not.toContain(OPEN_IN_BROWSER)
      expect(output).not.toContain('{{unsubscribe}}')
    }
    expect(hrefOf(html, 'Klicka här för att avregistrera din adress')).toBe('https://nytt.rus.example/avregistrera')
    expect(hrefOf(html, HIGHLIGHTS[3] ?? '')).toBe('#evenemang-miljomalsdagarna-2021')
    expect(attributeValues(html, 'id')).toContain('evenemang-miljomalsdagarna-2021')
  })

  it('web: unsubscribes through the organisation\'s own page when the settings name one', async () => {
    const withPage = { ...settings, unsubscribeUrl: 'https://www.rus.se/nyhetsbrev/avregistrera' }
    const { html } = await render('web', WHILE_OPEN, { issue, settings: withPage })
    expect(hrefOf(html, 'Klicka här för att avregistrera din adress')).toBe('https://www.rus.se/nyhetsbrev/avregistrera')
  })

  it('links the contact person by e-mail when the footer has an address', async () => {
    const withAddress = { ...issue, footer: { ...issue.footer, contactEmail: 'julia.martinsson@example.se' } }
    const { html, text } = await render('email', WHILE_OPEN, { issue: withAddress, settings })
    expect(hrefOf(html, 'Julia Martinsson')).toBe('mailto:julia.martinsson@example.se')
    expect(text).toContain('Kontakta Julia Martinsson (mailto:julia.martinsson@example.se)')
  })
})

describe('the plain-text version', () => {
  it('reads like the e-mail: the same lines, links in parentheses, no markup', async () => {
    const { text } = await render()
    expect(text.startsWith('Nytt från RUS 31 mars\nMars 2021\n\n')).toBe(true)
    expect(text).toContain(['Detta tar nyhetsbrevet bland annat upp:', ...HIGHLIGHTS.map((h) => `- ${h}`)].join('\n'))
    expect(text).toContain(['Vi som idag ingår i referensgruppen är:', ...MEMBERS.map((m) => `- ${m}`)].join('\n'))
    expect(text).toContain('Här kan du läsa rapporten (https://www.ivl.se/)')
    expect(text).toContain('Läs mer på webben om RUS verksamhet 2021 (https://nytt.rus.example/artiklar/rus-verksamhet-2021)')
    expect(text).toContain('TIPS!')
    expect(text).toContain('Har du frågor kring nyhetsbrevet? Kontakta Julia Martinsson')
    expect(text).not.toMatch(/<[a-z/][^>]*>/i)
  })
})
