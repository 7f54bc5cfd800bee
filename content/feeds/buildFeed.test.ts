import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { paragraph, link, richText } from '@/content/richText/build'
import { seedIssueView } from '@/testing/seedViews'

import { renderFeed } from './buildFeed'

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })
const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value])

describe('feeds', () => {
  const { issue, settings } = seedIssueView()

  it('is valid RSS 2.0 with the issue and its eight articles, full text as safe HTML', () => {
    const rss = parser.parse(renderFeed('rss', [issue], settings))
    expect(rss.rss['@version']).toBe('2.0')
    const items = asArray(rss.rss.channel.item)
    expect(items).toHaveLength(9)
    expect(items[0].title).toBe('Nytt från RUS 31 mars')
    expect(items[0].link).toBe('https://nytt.rus.example/nyhetsbrev/2021-03-31')
    const plast = items.find((i: { title: string }) => i.title === 'Nationell samordning för en hållbar plastanvändning')
    expect(plast.link).toBe('https://nytt.rus.example/artiklar/nationell-samordning-for-en-hallbar-plastanvandning')
    expect(new Date(plast.pubDate).toISOString().slice(0, 10)).toBe('2021-03-31')
    expect(plast['content:encoded']).toContain('<a href="https://www.naturvardsverket.se/">Delta i plastsamordningen - kontaktformulär</a>')
    const group = items.find((i: { title: string }) => i.title.startsWith('Referensgrupp för konsumtion'))
    expect(group['content:encoded']).toContain('<li>Marie-Helene Bergstrand, miljömålssamordnare i Halland (sammankallande)</li>')
  })

  it('is valid Atom with the same entries', () => {
    const atom = parser.parse(renderFeed('atom', [issue], settings))
    expect(atom.feed['@xmlns']).toBe('http://www.w3.org/2005/Atom')
    const entries = asArray(atom.feed.entry)
    expect(entries).toHaveLength(9)
    expect(entries.map((e: { title: { '#text': string } | string }) => (typeof e.title === 'string' ? e.title : e.title['#text']))).toContain(
      'Slutrapport för Unlock: Drivkrafter för hållbar konsumtion',
    )
  })

  it('drops unsafe links and escapes text', () => {
    const article = issue.sections[0]?.items.find((i) => i.kind === 'article')
    if (article?.kind !== 'article') throw new Error('no article')
    const hostile = {
      ...article,
      title: '<script>alert(1)</script>',
      body: richText(paragraph('<img src=x onerror=alert(1)> ', link('javascript:alert(1)', 'klicka'))),
    }
    const hostileIssues = [{ ...issue, sections: [{ heading: 'X', items: [{ ...hostile, lead: '<i>fet</i>' }] }] }]
    const xml = renderFeed('rss', hostileIssues, settings)
    expect(xml).not.toContain('javascript:')
    const items = asArray(parser.parse(xml).rss.channel.item)
    // Titles and leads are text, escaped where the feed format reads HTML: a reader shows the
    // characters "<script>" and runs nothing.
    expect(items[1].title).toBe('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(items[1].description).toBe('&lt;i&gt;fet&lt;/i&gt;')
    const html = items[1]['content:encoded'] as string
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; klicka')
    expect(html).not.toMatch(/<img|<script/)
    const entries = asArray(parser.parse(renderFeed('atom', hostileIssues, settings)).feed.entry)
    expect(entries[1].title).toEqual({ '#text': '&lt;script&gt;alert(1)&lt;/script&gt;', '@type': 'html' })
    expect(entries[1].summary['#text']).toBe('&lt;i&gt;fet&lt;/i&gt;')
  })

  it('carries the newest 20 entries however long the archive, and links to the archive for the rest', () => {
    const issues = Array.from({ length: 5 }, (_, n) => ({
      ...issue,
      slug: `nummer-${5 - n}`,
      title: `Nummer ${5 - n}`,
      issueDate: `203${5 - n}-01-15T11:00:00.000Z`,
      sections: issue.sections.map((section) => ({ ...section, items: section.items.map((item) => ({ ...item, slug: `${item.slug}-${5 - n}` })) })),
    }))
    const rss = parser.parse(renderFeed('rss', issues, settings))
    const items = asArray(rss.rss.channel.item)
    expect(items).toHaveLength(20)
    expect(items[0].title).toBe('Nummer 5')
    expect(items.filter((i: { title: string }) => /^Nummer \d$/.test(i.title)).map((i: { title: string }) => i.title)).toEqual(['Nummer 5', 'Nummer 4', 'Nummer 3'])
    expect(rss.rss.channel.link).toBe('https://nytt.rus.example/nyhetsbrev')
  })

  it('names the organisation in RSS as dc:creator, never in <author> (an e-mail address in RSS 2.0), and each Atom entry has its author', () => {
    const withoutArticles = [{ ...issue, sections: [] }]
    for (const issues of [[issue], withoutArticles]) {
      const xml = renderFeed('rss', issues, settings)
      expect(xml).not.toContain('<author>')
      const rss = parser.parse(xml).rss
      expect(rss['@xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/')
      for (const item of asArray(rss.channel.item)) expect(item['dc:creator']).toBe(settings.organisationName)
    }
    for (const entry of asArray(parser.parse(renderFeed('atom', [issue], settings)).feed.entry)) expect(entry.author.name).toBe(settings.organisationName)
  })
})
